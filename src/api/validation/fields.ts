// Field builders shared by the company, buyer-account and manager validators (each message names its field).
import { z } from "@medusajs/framework/zod"
import { int4, line, multiline } from "./primitives"
import { isValidInn, isValidKpp, isValidOgrn } from "../../modules/company"

// Medusa prints custom and format messages without the field path, so every such message names
// its field itself ("inn: …"): a 400 must say which field is wrong.
export const innF = (f = "inn") =>
  line()
    .trim()
    .refine(isValidInn, {
      message: `${f}: must be a valid INN (10 or 12 digits with correct control digits)`,
    })
export const kppF = (f = "kpp") =>
  line()
    .trim()
    .refine(isValidKpp, { message: `${f}: must be a valid KPP (9 characters)` })
export const ogrnF = (f = "ogrn") =>
  line()
    .trim()
    .refine(isValidOgrn, {
      message: `${f}: must be a valid OGRN (13 digits) or OGRNIP (15 digits)`,
    })
export const emailF = (f = "email") =>
  line()
    .trim()
    .toLowerCase()
    .email({ message: `${f}: must be a valid e-mail address` })
export const digitsF = (f: string, n: number) =>
  line()
    .trim()
    .regex(new RegExp(`^\\d{${n}}$`), { message: `${f}: must be ${n} digits` })
export const inn = innF()
export const kpp = kppF()
export const ogrn = ogrnF()
export const email = emailF()
export const optText = line().trim().max(1000).nullish()
/** comments and reasons may span lines */
export const optNote = multiline().trim().max(5000).nullish()
export const password = line().min(8, { message: "must be at least 8 characters" }).max(128)

export const ListQuery = z.object({
  limit: int4(z.coerce.number().int()).min(1).max(200).default(50),
  offset: int4(z.coerce.number().int()).min(0).default(0),
  q: line().trim().max(200).optional(),
})

export const StatusListQuery = ListQuery.extend({ status: line().trim().max(40).optional() })

export type ListQuery = z.infer<typeof ListQuery>
export type StatusListQuery = z.infer<typeof StatusListQuery>
