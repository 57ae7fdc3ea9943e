import { z } from "@medusajs/framework/zod"
import { line, int4, multiline } from "../../../validation"
import { ListQuery } from "../../../validation/fields"
import { REQUEST_TYPES, REQUESTED_DOCUMENT_TYPES } from "../../../../modules/after-sales"

const isoDate = (f: string) =>
  line()
    .regex(/^\d{4}-\d{2}-\d{2}(T.*)?$/, { message: `${f}: a date such as 2026-11-01` })
    .optional()

export const StoreOrdersQuery = ListQuery.extend({
  status: z.union([line(), z.array(line())]).optional(),
  customer_id: line().optional(),
  /** from/to: creation date range (to is inclusive of that day) */
  from: isoDate("from"),
  to: isoDate("to"),
  /** the portal number (display id, "B2B-000123" or "123") or 1C's number of an offline order */
  number: line().trim().min(1).max(50).optional(),
  /** online: placed on the portal; offline: placed in 1C */
  source: z.enum(["online", "offline"], { message: "source: online or offline" }).optional(),
  /** only orders still in progress (not completed, canceled or archived) */
  active: z.enum(["true", "false"], { message: "active: true or false" }).optional(),
})

const text = (f: string, max: number) => line({ message: `${f}: text` })

const longText = (f: string, max: number) =>
  multiline({ message: `${f}: text` })
    .trim()
    .max(max, { message: `${f}: at most ${max} characters` })

export const CreateOrderRequest = z
  .object({
    type: z.enum([...REQUEST_TYPES], { message: `type: one of ${REQUEST_TYPES.join(", ")}` }),
    subject: text("subject", 300).optional(),
    message: longText("message", 5000).optional(),
    reason_code: line().trim().min(1).max(200).optional(),
    items: z
      .array(
        z
          .object({
            order_item_id: line({ message: "items[].order_item_id: required" }).min(1),
            quantity: int4(
              z
                .number({ message: "items[].quantity: a number" })
                .int({ message: "items[].quantity: a whole number" })
            ),
            reason_code: line().trim().min(1).max(200).optional(),
            note: longText("items[].note", 1000).optional(),
          })
          .strict()
      )
      .max(500)
      .optional(),
    document_type: z
      .enum([...REQUESTED_DOCUMENT_TYPES], {
        message: `document_type: one of ${REQUESTED_DOCUMENT_TYPES.join(", ")}`,
      })
      .optional(),
  })
  .strict()

export type StoreOrdersQuery = z.infer<typeof StoreOrdersQuery>
export type CreateOrderRequest = z.infer<typeof CreateOrderRequest>
