import { z } from "@medusajs/framework/zod"
import { int4, line } from "../../../validation"
import { digitsF, inn, kpp, ogrn, optText } from "../../../validation/fields"

const sellerOrgFields = {
  name: line().trim().min(1).max(300),
  full_name: line().trim().min(1).max(500),
  inn,
  kpp: kpp.nullish(),
  ogrn: ogrn.nullish(),
  address: optText,
  bank_name: optText,
  bik: digitsF("bik", 9).nullish(),
  account: digitsF("account", 20).nullish(),
  corr_account: digitsF("corr_account", 20).nullish(),
  director: optText,
  accountant: optText,
  vat_rate: int4(z.number().int()).min(0).max(30).optional(),
  is_default: z.boolean().optional(),
  one_c_id: optText,
}

export const CreateSellerOrganization = z.object(sellerOrgFields).strict()

export const UpdateSellerOrganization = z.object(sellerOrgFields).partial().strict()

export const LinkChanges = z
  .object({
    add: z.array(line().min(1)).max(10000).optional(),
    remove: z.array(line().min(1)).max(10000).optional(),
  })
  .strict()
  .refine((v) => (v.add?.length ?? 0) + (v.remove?.length ?? 0) > 0, {
    message: "add: give ids to add or remove",
  })

export type CreateSellerOrganization = z.infer<typeof CreateSellerOrganization>
export type UpdateSellerOrganization = z.infer<typeof UpdateSellerOrganization>
export type LinkChanges = z.infer<typeof LinkChanges>
