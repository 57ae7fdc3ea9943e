import { z } from "@medusajs/framework/zod"
import { line } from "../../../validation"
import { inn, kpp, ogrn, email, optText, optNote } from "../../../validation/fields"

const legalEntityFields = {
  name: line().trim().min(1).max(300),
  full_name: optText,
  inn,
  kpp: kpp.nullish(),
  ogrn: ogrn.nullish(),
  legal_address: optText,
  actual_address: optText,
  email: email.nullish(),
  phone: line().trim().max(50).nullish(),
  one_c_id: optText,
  holding_id: line().nullish(),
  seller_organization_id: line().nullish(),
  region_code: line().trim().max(50).nullish(),
}

export const AdminCreateLegalEntity = z.object(legalEntityFields).strict()

export const AdminUpdateLegalEntity = z
  .object({ ...legalEntityFields, status: z.enum(["active", "blocked"]), blocked_reason: optNote })
  .partial()
  .strict()

export const AdminAddEmployee = z
  .object({
    customer_id: line().optional(),
    email: email.optional(),
    first_name: line().trim().max(100).optional(),
    last_name: line().trim().max(100).optional(),
    role_id: line().min(1),
    position: optText,
    is_default: z.boolean().optional(),
  })
  .strict()
  .refine((v) => !!v.customer_id !== !!v.email, {
    message: "customer_id: give either customer_id or email",
    path: ["customer_id"],
  })

export type AdminCreateLegalEntity = z.infer<typeof AdminCreateLegalEntity>
export type AdminUpdateLegalEntity = z.infer<typeof AdminUpdateLegalEntity>
export type AdminAddEmployee = z.infer<typeof AdminAddEmployee>
