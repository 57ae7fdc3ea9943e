import { z } from "@medusajs/framework/zod"
import { line } from "../../../validation"

/** POST /store/b2b/me: the person's own settings (the counterparty they act for by default). */
export const UpdateMe = z
  .object({
    default_legal_entity_id: line({ message: "default_legal_entity_id: a counterparty id" }).min(
      1,
      {
        message: "default_legal_entity_id: a counterparty id",
      }
    ),
  })
  .strict()

export type UpdateMe = z.infer<typeof UpdateMe>
