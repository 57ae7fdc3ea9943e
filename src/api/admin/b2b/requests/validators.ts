import { z } from "@medusajs/framework/zod"
import { StoreRequestsQuery } from "../../../store/b2b/requests/validators"
import { line, multiline } from "../../../validation"

const text = (f: string, max: number) => line({ message: `${f}: text` })

const longText = (f: string, max: number) =>
  multiline({ message: `${f}: text` })
    .trim()
    .max(max, { message: `${f}: at most ${max} characters` })

export const AdminRequestsQuery = StoreRequestsQuery.extend({ legal_entity_id: line().optional() })

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

export type AdminRequestsQuery = z.infer<typeof AdminRequestsQuery>
export type DecideOrderRequest = z.infer<typeof DecideOrderRequest>
