import { z } from "@medusajs/framework/zod"
import { int4, line } from "../../../validation"
import { REQUEST_STATUSES, REQUEST_TYPES } from "../../../../modules/after-sales"

const text = (f: string, max: number) => line({ message: `${f}: text` })

export const StoreRequestsQuery = z.object({
  type: z.enum([...REQUEST_TYPES]).optional(),
  status: z.enum([...REQUEST_STATUSES]).optional(),
  order_id: line().optional(),
  limit: int4(z.coerce.number().int()).min(1).max(200).default(50),
  offset: int4(z.coerce.number().int()).min(0).default(0),
})

export const RequestMessage = z
  .object({ text: text("text", 5000).min(1, { message: "text: required" }) })
  .strict()

export type StoreRequestsQuery = z.infer<typeof StoreRequestsQuery>
export type RequestMessage = z.infer<typeof RequestMessage>
