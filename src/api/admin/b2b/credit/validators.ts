import { z } from "@medusajs/framework/zod"
import { int4, line, multiline } from "../../../validation"

const money = (f: string, opts: { min?: "zero" | "positive" } = {}) =>
  z
    .union([line(), z.number()])
    .transform((v) => String(v).trim().replace(",", "."))
    .refine((v) => /^\d{1,15}(\.\d{1,2})?$/.test(v), {
      message: `${f}: must be a non-negative amount (at most 15 digits) with at most 2 decimals, e.g. 150000.00`,
    })
    .refine((v) => opts.min !== "positive" || Number(v) > 0, {
      message: `${f}: must be greater than zero`,
    })

const isoDate = (f: string) =>
  line()
    .trim()
    .refine((v) => !Number.isNaN(Date.parse(v)), {
      message: `${f}: must be a date such as 2026-11-25`,
    })

const accountFields = {
  currency_code: line()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{3}$/, { message: "currency_code: an ISO 4217 code such as rub" }),
  credit_limit: money("credit_limit"),
  payment_terms_days: int4(z.coerce.number().int())
    .min(0, { message: "payment_terms_days: 0 or more" })
    .max(3650),
  overdue_days_threshold: int4(z.coerce.number().int())
    .min(0, { message: "overdue_days_threshold: 0 or more" })
    .max(3650),
  overdue_tolerance: money("overdue_tolerance"),
  block_on_overdue: z.boolean(),
  is_blocked: z.boolean(),
  blocked_reason: multiline().trim().max(500).nullish(),
  agreement_number: line().trim().max(100).nullish(),
}

export const CreateCreditAccount = z
  .object({
    legal_entity_id: line().min(1).nullish(),
    holding_id: line().min(1).nullish(),
    ...accountFields,
    currency_code: accountFields.currency_code.default("rub"),
  })
  .partial({
    payment_terms_days: true,
    overdue_days_threshold: true,
    overdue_tolerance: true,
    block_on_overdue: true,
    is_blocked: true,
  })
  .strict()
  .refine((v) => !!v.legal_entity_id !== !!v.holding_id, {
    message: "legal_entity_id: give exactly one of legal_entity_id or holding_id",
  })

export const UpdateCreditAccount = z.object(accountFields).partial().strict()

export const LEDGER_TYPES = [
  "opening",
  "invoice",
  "shipment",
  "payment",
  "adjustment",
  "return",
] as const

export const CreateLedgerEntries = z
  .object({
    entries: z
      .array(
        z
          .object({
            type: z.enum(LEDGER_TYPES, { message: `type: one of ${LEDGER_TYPES.join(", ")}` }),
            legal_entity_id: line().min(1).nullish(),
            document_number: line().trim().max(100).nullish(),
            document_date: isoDate("document_date"),
            amount: z
              .union([line(), z.number()])
              .transform((v) => String(v).trim().replace(",", "."))
              .refine((v) => /^-?\d{1,15}(\.\d{1,2})?$/.test(v) && Number(v) !== 0, {
                message: "amount: a non-zero amount (at most 15 digits) with at most 2 decimals",
              }),
            due_date: isoDate("due_date").nullish(),
            order_id: line().min(1).nullish(),
            external_id: line().trim().max(200).nullish(),
            comment: multiline().trim().max(1000).nullish(),
          })
          .strict()
      )
      .min(1, { message: "entries: at least one entry" })
      .max(1000, { message: "entries: at most 1000 per request" }),
  })
  .strict()

export const GrantOverride = z
  .object({
    reason: multiline().trim().min(3, { message: "reason: say why the order may pass" }).max(500),
    legal_entity_id: line().min(1).nullish(),
    max_amount: money("max_amount", { min: "positive" }).nullish(),
    expires_in_hours: int4(z.coerce.number().int())
      .min(1)
      .max(24 * 30)
      .default(72),
  })
  .strict()

export const AddSchedule = z
  .object({
    items: z
      .array(
        z
          .object({
            due_date: isoDate("due_date"),
            amount: money("amount", { min: "positive" }),
            agreement_number: line().max(100).nullish(),
            comment: multiline().max(500).nullish(),
          })
          .strict()
      )
      .min(1)
      .max(500),
  })
  .strict()

export type CreateCreditAccount = z.infer<typeof CreateCreditAccount>
export type UpdateCreditAccount = z.infer<typeof UpdateCreditAccount>
export type CreateLedgerEntries = z.infer<typeof CreateLedgerEntries>
export type GrantOverride = z.infer<typeof GrantOverride>
export type AddSchedule = z.infer<typeof AddSchedule>
