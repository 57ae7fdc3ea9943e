import { z } from "@medusajs/framework/zod"
import { int4, line, multiline } from "./validation"
import { REQUEST_STATUSES, REQUEST_TYPES, REQUESTED_DOCUMENT_TYPES } from "../modules/after-sales"

/** Validators of the after-sales API (complaints, feedback, return and document requests). */

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

export const StoreRequestsQuery = z.object({
  type: z.enum([...REQUEST_TYPES]).optional(),
  status: z.enum([...REQUEST_STATUSES]).optional(),
  order_id: line().optional(),
  limit: int4(z.coerce.number().int()).min(1).max(200).default(50),
  offset: int4(z.coerce.number().int()).min(0).default(0),
})

export const AdminRequestsQuery = StoreRequestsQuery.extend({ legal_entity_id: line().optional() })

export const RequestMessage = z
  .object({ text: text("text", 5000).min(1, { message: "text: required" }) })
  .strict()

export const DecideOrderRequest = z
  .object({
    status: z
      .enum(["in_progress", "approved", "rejected", "resolved"], {
        message: "status: in_progress, approved, rejected or resolved",
      })
      .optional(),
    reply: longText("reply", 5000).optional(),
    /** a document uploaded for a document request (admin documents API) */
    document_id: line().min(1).optional(),
  })
  .strict()
  .refine((b) => !!b.status || !!b.reply, {
    message: "status: give a status or a reply",
    path: ["status"],
  })
