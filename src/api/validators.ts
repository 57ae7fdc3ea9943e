import { z } from "@medusajs/framework/zod"
import { int4, line, multiline } from "./validation"
import { PERMISSIONS } from "../modules/company/permissions"
import { isValidInn, isValidKpp, isValidOgrn } from "../modules/company"

// Medusa prints custom and format messages without the field path, so every such message names
// its field itself ("inn: …"): a 400 must say which field is wrong.
const innF = (f = "inn") =>
  line()
    .trim()
    .refine(isValidInn, {
      message: `${f}: must be a valid INN (10 or 12 digits with correct control digits)`,
    })
const kppF = (f = "kpp") =>
  line()
    .trim()
    .refine(isValidKpp, { message: `${f}: must be a valid KPP (9 characters)` })
const ogrnF = (f = "ogrn") =>
  line()
    .trim()
    .refine(isValidOgrn, {
      message: `${f}: must be a valid OGRN (13 digits) or OGRNIP (15 digits)`,
    })
const emailF = (f = "email") =>
  line()
    .trim()
    .toLowerCase()
    .email({ message: `${f}: must be a valid e-mail address` })
const digitsF = (f: string, n: number) =>
  line()
    .trim()
    .regex(new RegExp(`^\\d{${n}}$`), { message: `${f}: must be ${n} digits` })
const inn = innF()
const kpp = kppF()
const ogrn = ogrnF()
const email = emailF()
const optText = line().trim().max(1000).nullish()
/** comments and reasons may span lines */
const optNote = multiline().trim().max(5000).nullish()
const password = line().min(8, { message: "must be at least 8 characters" }).max(128)

export const ListQuery = z.object({
  limit: int4(z.coerce.number().int()).min(1).max(200).default(50),
  offset: int4(z.coerce.number().int()).min(0).default(0),
  q: line().trim().max(200).optional(),
})

export const AdminCreateHolding = z
  .object({ name: line().trim().min(1).max(300), one_c_id: optText, comment: optNote })
  .strict()
export const AdminUpdateHolding = AdminCreateHolding.partial().strict()

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

export const UpdateEmployee = z
  .object({
    role_id: line().min(1).optional(),
    status: z.enum(["active", "disabled"]).optional(),
    position: optText,
    is_default: z.boolean().optional(),
  })
  .strict()

export const CreateInvitation = z.object({ email, role_id: line().min(1) }).strict()

export const AcceptInvitation = z
  .object({
    token: line().min(20).max(200),
    password: password.optional(),
    first_name: line().trim().min(1).max(100).optional(),
    last_name: line().trim().min(1).max(100).optional(),
    phone: line().trim().max(50).nullish(),
    consent: z.literal(true, {
      message: "consent: consent to personal data processing is required",
    }),
  })
  .strict()

export const CreateRole = z
  .object({
    code: line()
      .trim()
      .regex(/^[a-z][a-z0-9_]{1,40}$/, {
        message: "code: lowercase latin letters, digits and underscore, starting with a letter",
      }),
    name: line().trim().min(1).max(100),
    permissions: z.array(z.enum(PERMISSIONS)).min(1),
  })
  .strict()
export const UpdateRole = z
  .object({
    name: line().trim().min(1).max(100).optional(),
    permissions: z.array(z.enum(PERMISSIONS)).min(1).optional(),
  })
  .strict()

export const CreateRegistrationRequest = z
  .object({
    inn,
    kpp: kpp.nullish(),
    company_name: line().trim().min(1).max(300),
    contact_name: line().trim().min(1).max(200),
    email,
    phone: line().trim().max(50).nullish(),
    comment: optNote,
    consent: z.literal(true, {
      message: "consent: consent to personal data processing is required",
    }),
  })
  .strict()

export const DecideRegistration = z
  .object({
    reason: optNote,
    legal_entity_id: line().nullish(),
    holding_id: line().nullish(),
    role_id: line().nullish(),
  })
  .strict()

export const AssignManager = z
  .object({
    user_id: line().min(1),
    kind: z.enum(["manager", "assistant", "executive"]).default("manager"),
    holding_id: line().nullish(),
    legal_entity_id: line().nullish(),
  })
  .strict()
  .refine((v) => v.kind === "executive" || !!v.holding_id !== !!v.legal_entity_id, {
    message:
      "legal_entity_id: a manager or assistant is assigned to exactly one of holding_id or legal_entity_id",
    path: ["legal_entity_id"],
  })

export const Impersonate = z
  .object({ customer_id: line().min(1), legal_entity_id: line().min(1), reason: optNote })
  .strict()

export const AuditQuery = ListQuery.extend({
  action: line().optional(),
  legal_entity_id: line().optional(),
  impersonator_user_id: line().optional(),
})

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

export const DecideRequisitesChange = z.object({ reason: optNote }).strict()

export const StatusListQuery = ListQuery.extend({ status: line().trim().max(40).optional() })

export const StorePricesQuery = z.object({
  variant_id: z.preprocess(
    (v) => (Array.isArray(v) ? v : typeof v === "string" ? v.split(",") : v),
    z.array(line().min(1)).min(1).max(1000)
  ),
  quantity: int4(z.coerce.number().int()).min(1).max(1_000_000).default(1),
})

export const RequestPriceList = z
  .object({
    category_ids: z.array(line().min(1)).max(500).optional(),
    format: z.enum(["xlsx", "pdf"], { message: "format: xlsx or pdf" }).default("xlsx"),
    region_code: line().trim().max(50).optional(),
  })
  .strict()

export const LinkChanges = z
  .object({
    add: z.array(line().min(1)).max(10000).optional(),
    remove: z.array(line().min(1)).max(10000).optional(),
  })
  .strict()
  .refine((v) => (v.add?.length ?? 0) + (v.remove?.length ?? 0) > 0, {
    message: "add: give ids to add or remove",
  })

export const SetProductTerms = z
  .object({
    terms: z
      .array(
        z
          .object({
            product_id: line().min(1),
            variant_id: line().min(1).nullish(),
            min_quantity: int4(z.number().int()).min(1).optional(),
            multiple: int4(z.number().int()).min(1).optional(),
            base_unit: line().trim().min(1).max(20).optional(),
            units: z
              .array(
                z
                  .object({
                    code: line().trim().min(1).max(20),
                    name: line().trim().min(1).max(50),
                    coefficient: int4(z.number().int()).min(1),
                  })
                  .strict()
              )
              .max(10)
              .optional(),
            weight_kg: line()
              .regex(/^\d{1,12}([.,]\d{1,6})?$/, {
                message:
                  "weight_kg: a decimal number (at most 12 digits before and 6 after the point)",
              })
              .nullish(),
            volume_m3: line()
              .regex(/^\d{1,12}([.,]\d{1,6})?$/, {
                message:
                  "volume_m3: a decimal number (at most 12 digits before and 6 after the point)",
              })
              .nullish(),
          })
          .strict()
      )
      .min(1)
      .max(5000),
  })
  .strict()
