import { z } from "@medusajs/framework/zod"
import { int4, line } from "../../../validation"

/** POST /admin/b2b/guest-orders/:order_id/attach */
export const AttachGuestOrder = z
  .object({
    legal_entity_id: line({ message: "legal_entity_id: required" })
      .trim()
      .min(1, { message: "legal_entity_id: required" }),
    customer_id: line().trim().min(1, { message: "customer_id: a customer id" }).nullish(),
  })
  .strict()

/** GET /admin/b2b/guest-orders */
export const GuestOrdersQuery = z.object({
  limit: int4(z.coerce.number().int()).min(1).max(200).default(50),
  offset: int4(z.coerce.number().int()).min(0).default(0),
  attached: z.enum(["true", "false"], { message: "attached: true or false" }).optional(),
})

export type AttachGuestOrder = z.infer<typeof AttachGuestOrder>
export type GuestOrdersQuery = z.infer<typeof GuestOrdersQuery>
