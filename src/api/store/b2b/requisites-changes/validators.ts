import { z } from "@medusajs/framework/zod"
import { line } from "../../../validation"
import { inn, kpp, ogrn, email } from "../../../validation/fields"

/** Fields of its own requisites a buyer may ask to change (applied by a manager after review). */
export const RequisitesChanges = z
  .object({
    name: line().trim().min(1).max(300),
    full_name: line().trim().max(500),
    inn,
    kpp,
    ogrn,
    legal_address: line().trim().max(1000),
    actual_address: line().trim().max(1000),
    email,
    phone: line().trim().max(50),
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, {
    message: "changes: name at least one field to change",
  })

export type RequisitesChanges = z.infer<typeof RequisitesChanges>
