import { z } from "@medusajs/framework/zod"
import { PERMISSIONS } from "../modules/company/permissions"
import { isValidInn, isValidKpp, isValidOgrn } from "../lib/ru-requisites"

const inn = z.string().trim().refine(isValidInn, { message: "must be a valid INN (10 or 12 digits with correct control digits)" })
const kpp = z.string().trim().refine(isValidKpp, { message: "must be a valid KPP (9 characters)" })
const ogrn = z.string().trim().refine(isValidOgrn, { message: "must be a valid OGRN/OGRNIP" })
const email = z.string().trim().toLowerCase().email()
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
  .refine((v) => !!v.customer_id !== !!v.email, { message: "give either customer_id or email", path: ["customer_id"] })

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
    consent: z.literal(true, { message: "consent to personal data processing is required" }),
  })
  .strict()

export const CreateRole = z
  .object({
    code: z.string().trim().regex(/^[a-z][a-z0-9_]{1,40}$/, { message: "lowercase latin letters, digits, underscore" }),
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
    consent: z.literal(true, { message: "consent to personal data processing is required" }),
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
    message: "a manager or assistant is assigned to exactly one of holding_id or legal_entity_id",
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

export const StoreOrdersQuery = ListQuery.extend({
  status: z.string().optional(),
  customer_id: z.string().optional(),
})
