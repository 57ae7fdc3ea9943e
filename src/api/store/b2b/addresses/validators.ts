import { z } from "@medusajs/framework/zod"
import { line, multiline } from "../../../validation"
import { isValidInn, isValidKpp } from "../../../../modules/company"

// Every message names its field ("phone: …"): Medusa prints custom messages without the path.
const text = (f: string, max: number) =>
  line()
    .trim()
    .max(max, { message: `${f}: at most ${max} characters` })

const optText = (f: string, max: number) => text(f, max).nullish()

const inn = (f: string) =>
  line()
    .trim()
    .refine(isValidInn, {
      message: `${f}: must be a valid INN (10 or 12 digits with correct control digits)`,
    })

const kpp = (f: string) =>
  line()
    .trim()
    .refine(isValidKpp, { message: `${f}: must be a valid KPP (9 characters)` })

const phone = (f = "phone") =>
  line()
    .trim()
    .max(50, { message: `${f}: at most 50 characters` })
    .refine(
      (v) =>
        /^\+?[\d\s()\-–]{5,}$/.test(v) &&
        v.replace(/\D/g, "").length >= 5 &&
        v.replace(/\D/g, "").length <= 15,
      {
        message: `${f}: a phone number such as +7 495 123-45-67`,
      }
    )

const email = (f = "email") =>
  line()
    .trim()
    .toLowerCase()
    .email({ message: `${f}: must be a valid e-mail address` })

export const ADDRESS_KINDS = ["delivery", "legal", "pickup_contact"] as const

const addressFields = {
  kind: z.enum(ADDRESS_KINDS, { message: `kind: one of ${ADDRESS_KINDS.join(", ")}` }),
  label: optText("label", 200),
  consignee_name: optText("consignee_name", 300),
  consignee_inn: inn("consignee_inn").nullish(),
  consignee_kpp: kpp("consignee_kpp").nullish(),
  postal_code: line()
    .trim()
    .regex(/^\d{6}$/, { message: "postal_code: must be 6 digits" })
    .nullish(),
  address: line({ message: "address: required (region, city, street, building)" })
    .trim()
    .min(5, { message: "address: region, city, street, building (at least 5 characters)" })
    .max(1000, { message: "address: at most 1000 characters" }),
  region_code: optText("region_code", 50),
  contact_name: optText("contact_name", 200),
  phone: phone().nullish(),
  email: email().nullish(),
  comment: multiline().trim().max(1000, { message: "comment: at most 1000 characters" }).nullish(),
  is_default: z.boolean({ message: "is_default: true or false" }),
  one_c_id: optText("one_c_id", 100),
}

/** A KPP belongs to an organisation (10-digit INN); a sole proprietor (12 digits) has none. */
const kppNeedsOrgInn = (v: { consignee_inn?: string | null; consignee_kpp?: string | null }) =>
  !v.consignee_kpp || !v.consignee_inn || v.consignee_inn.length === 10

export const CreateAddress = z
  .object(addressFields)
  .partial({ kind: true, label: true, is_default: true })
  .strict()
  .refine(kppNeedsOrgInn, {
    message: "consignee_kpp: only an organisation (10-digit INN) has a KPP",
    path: ["consignee_kpp"],
  })

export const UpdateAddress = z
  .object(addressFields)
  .partial()
  .strict()
  .refine(kppNeedsOrgInn, {
    message: "consignee_kpp: only an organisation (10-digit INN) has a KPP",
    path: ["consignee_kpp"],
  })

export type CreateAddress = z.infer<typeof CreateAddress>
export type UpdateAddress = z.infer<typeof UpdateAddress>
