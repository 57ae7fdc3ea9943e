import { z } from "@medusajs/framework/zod"
import { int4, line } from "../../../validation"

/** B2B order statuses (configurable, mapped to 1C): admin bodies. */
const statusFields = {
  name: line().trim().min(1, "name: required").max(100),
  one_c_id: line().trim().max(100).nullish(),
  one_c_name: line().trim().max(200).nullish(),
  sort: int4(z.number().int()).min(0).max(100000).optional(),
  is_default_for_new: z.boolean().optional(),
  is_final: z.boolean().optional(),
  final_action: z
    .enum(["complete", "cancel"], { message: "final_action: complete, cancel or null" })
    .nullish(),
  is_active: z.boolean().optional(),
  color: line().trim().max(30).nullish(),
  buyer_visible: z.boolean().optional(),
}

export const CreateOrderStatus = z
  .object({
    code: line()
      .trim()
      .regex(/^[a-z0-9_-]{1,40}$/, "code: 1-40 lowercase latin letters, digits, _ or -"),
    ...statusFields,
  })
  .strict()

export const UpdateOrderStatus = z.object(statusFields).partial().strict()

export type CreateOrderStatus = z.infer<typeof CreateOrderStatus>
export type UpdateOrderStatus = z.infer<typeof UpdateOrderStatus>
