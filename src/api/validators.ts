import { z } from "@medusajs/framework/zod"
import { PERMISSIONS } from "../modules/company/permissions"
import { isValidInn, isValidKpp, isValidOgrn } from "../lib/ru-requisites"

// Medusa prints custom and format messages without the field path, so every such message names
// its field itself ("inn: …"): a 400 must say which field is wrong.
const innF = (f = "inn") => z.string().trim().refine(isValidInn, { message: `${f}: must be a valid INN (10 or 12 digits with correct control digits)` })
const kppF = (f = "kpp") => z.string().trim().refine(isValidKpp, { message: `${f}: must be a valid KPP (9 characters)` })
const ogrnF = (f = "ogrn") => z.string().trim().refine(isValidOgrn, { message: `${f}: must be a valid OGRN (13 digits) or OGRNIP (15 digits)` })
const emailF = (f = "email") => z.string().trim().toLowerCase().email({ message: `${f}: must be a valid e-mail address` })
const digitsF = (f: string, n: number) => z.string().trim().regex(new RegExp(`^\\d{${n}}$`), { message: `${f}: must be ${n} digits` })
const inn = innF()
const kpp = kppF()
const ogrn = ogrnF()
const email = emailF()
const optText = z.string().trim().max(1000).nullish()
const password = z.string().min(8, { message: "must be at least 8 characters" }).max(128)

export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  q: z.string().trim().max(200).optional(),
})

export const AdminCreateHolding = z.object({ name: z.string().trim().min(1).max(300), one_c_id: optText, comment: optText }).strict()
export const AdminUpdateHolding = AdminCreateHolding.partial().strict()

const legalEntityFields = {
  name: z.string().trim().min(1).max(300),
  full_name: optText,
  inn,
  kpp: kpp.nullish(),
  ogrn: ogrn.nullish(),
  legal_address: optText,
  actual_address: optText,
  email: email.nullish(),
  phone: z.string().trim().max(50).nullish(),
  one_c_id: optText,
  holding_id: z.string().nullish(),
  seller_organization_id: z.string().nullish(),
  region_code: z.string().trim().max(50).nullish(),
}
export const AdminCreateLegalEntity = z.object(legalEntityFields).strict()
export const AdminUpdateLegalEntity = z
  .object({ ...legalEntityFields, status: z.enum(["active", "blocked"]), blocked_reason: optText })
  .partial()
  .strict()

export const AdminAddEmployee = z
  .object({
    customer_id: z.string().optional(),
    email: email.optional(),
    first_name: z.string().trim().max(100).optional(),
    last_name: z.string().trim().max(100).optional(),
    role_id: z.string().min(1),
    position: optText,
    is_default: z.boolean().optional(),
  })
  .strict()
  .refine((v) => !!v.customer_id !== !!v.email, { message: "customer_id: give either customer_id or email", path: ["customer_id"] })

export const UpdateEmployee = z
  .object({
    role_id: z.string().min(1).optional(),
    status: z.enum(["active", "disabled"]).optional(),
    position: optText,
    is_default: z.boolean().optional(),
  })
  .strict()

export const CreateInvitation = z.object({ email, role_id: z.string().min(1) }).strict()

export const AcceptInvitation = z
  .object({
    token: z.string().min(20).max(200),
    password: password.optional(),
    first_name: z.string().trim().min(1).max(100).optional(),
    last_name: z.string().trim().min(1).max(100).optional(),
    phone: z.string().trim().max(50).nullish(),
    consent: z.literal(true, { message: "consent: consent to personal data processing is required" }),
  })
  .strict()

export const CreateRole = z
  .object({
    code: z.string().trim().regex(/^[a-z][a-z0-9_]{1,40}$/, { message: "code: lowercase latin letters, digits and underscore, starting with a letter" }),
    name: z.string().trim().min(1).max(100),
    permissions: z.array(z.enum(PERMISSIONS)).min(1),
  })
  .strict()
export const UpdateRole = z
  .object({ name: z.string().trim().min(1).max(100).optional(), permissions: z.array(z.enum(PERMISSIONS)).min(1).optional() })
  .strict()

export const CreateRegistrationRequest = z
  .object({
    inn,
    kpp: kpp.nullish(),
    company_name: z.string().trim().min(1).max(300),
    contact_name: z.string().trim().min(1).max(200),
    email,
    phone: z.string().trim().max(50).nullish(),
    comment: optText,
    consent: z.literal(true, { message: "consent: consent to personal data processing is required" }),
  })
  .strict()

export const DecideRegistration = z
  .object({
    reason: optText,
    legal_entity_id: z.string().nullish(),
    holding_id: z.string().nullish(),
    role_id: z.string().nullish(),
  })
  .strict()

export const AssignManager = z
  .object({
    user_id: z.string().min(1),
    kind: z.enum(["manager", "assistant", "executive"]).default("manager"),
    holding_id: z.string().nullish(),
    legal_entity_id: z.string().nullish(),
  })
  .strict()
  .refine((v) => v.kind === "executive" || !!v.holding_id !== !!v.legal_entity_id, {
    message: "legal_entity_id: a manager or assistant is assigned to exactly one of holding_id or legal_entity_id",
    path: ["legal_entity_id"],
  })

export const Impersonate = z
  .object({ customer_id: z.string().min(1), legal_entity_id: z.string().min(1), reason: optText })
  .strict()

export const AuditQuery = ListQuery.extend({
  action: z.string().optional(),
  legal_entity_id: z.string().optional(),
  impersonator_user_id: z.string().optional(),
})

const isoDate = (f: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}(T.*)?$/, { message: `${f}: a date such as 2026-11-01` }).optional()
export const StoreOrdersQuery = ListQuery.extend({
  status: z.union([z.string(), z.array(z.string())]).optional(),
  customer_id: z.string().optional(),
  /** from/to: creation date range (to is inclusive of that day) */
  from: isoDate("from"),
  to: isoDate("to"),
  /** the portal number (display id, "B2B-000123" or "123") or 1C's number of an offline order */
  number: z.string().trim().min(1).max(50).optional(),
  /** online: placed on the portal; offline: placed in 1C */
  source: z.enum(["online", "offline"], { message: "source: online or offline" }).optional(),
  /** only orders still in progress (not completed, canceled or archived) */
  active: z.enum(["true", "false"], { message: "active: true or false" }).optional(),
})

const sellerOrgFields = {
  name: z.string().trim().min(1).max(300),
  full_name: z.string().trim().min(1).max(500),
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
  vat_rate: z.number().int().min(0).max(30).optional(),
  is_default: z.boolean().optional(),
  one_c_id: optText,
}
export const CreateSellerOrganization = z.object(sellerOrgFields).strict()
export const UpdateSellerOrganization = z.object(sellerOrgFields).partial().strict()

/** Fields of its own requisites a buyer may ask to change (applied by a manager after review). */
export const RequisitesChanges = z
  .object({
    name: z.string().trim().min(1).max(300),
    full_name: z.string().trim().max(500),
    inn,
    kpp,
    ogrn,
    legal_address: z.string().trim().max(1000),
    actual_address: z.string().trim().max(1000),
    email,
    phone: z.string().trim().max(50),
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "changes: name at least one field to change" })

export const DecideRequisitesChange = z.object({ reason: optText }).strict()

export const StatusListQuery = ListQuery.extend({ status: z.string().trim().max(40).optional() })

export const StorePricesQuery = z
  .object({
    variant_id: z.preprocess((v) => (Array.isArray(v) ? v : typeof v === "string" ? v.split(",") : v), z.array(z.string().min(1)).min(1).max(1000)),
    quantity: z.coerce.number().int().min(1).max(1_000_000).default(1),
  })

export const RequestPriceList = z
  .object({
    category_ids: z.array(z.string().min(1)).max(500).optional(),
    format: z.enum(["xlsx", "pdf"], { message: "format: xlsx or pdf" }).default("xlsx"),
    region_code: z.string().trim().max(50).optional(),
  })
  .strict()

export const LinkChanges = z
  .object({ add: z.array(z.string().min(1)).max(10000).optional(), remove: z.array(z.string().min(1)).max(10000).optional() })
  .strict()
  .refine((v) => (v.add?.length ?? 0) + (v.remove?.length ?? 0) > 0, { message: "add: give ids to add or remove" })

export const SetProductTerms = z
  .object({
    terms: z
      .array(
        z
          .object({
            product_id: z.string().min(1),
            variant_id: z.string().min(1).nullish(),
            min_quantity: z.number().int().min(1).optional(),
            multiple: z.number().int().min(1).optional(),
            base_unit: z.string().trim().min(1).max(20).optional(),
            units: z.array(z.object({ code: z.string().trim().min(1).max(20), name: z.string().trim().min(1).max(50), coefficient: z.number().int().min(1) }).strict()).max(10).optional(),
            weight_kg: z.string().regex(/^\d+([.,]\d+)?$/, { message: "weight_kg: a decimal number" }).nullish(),
            volume_m3: z.string().regex(/^\d+([.,]\d+)?$/, { message: "volume_m3: a decimal number" }).nullish(),
          })
          .strict()
      )
      .min(1)
      .max(5000),
  })
  .strict()
