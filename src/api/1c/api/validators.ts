import { z } from "@medusajs/framework/zod"
import { int4, line, multiline } from "../../validation"

const amount = (f: string) =>
  z
    .union([line(), z.number()])
    .transform((v) => String(v).trim().replace(",", "."))
    .refine((v) => /^-?\d{1,15}(\.\d{1,2})?$/.test(v), {
      message: `${f}: an amount such as 1500.00 (at most 15 digits)`,
    })

const ref = {
  one_c_id: line().trim().min(1).nullish(),
  inn: line()
    .trim()
    .regex(/^\d{10}(\d{2})?$/, { message: "inn: 10 or 12 digits" })
    .nullish(),
  kpp: line()
    .trim()
    .regex(/^\d{9}$/, { message: "kpp: 9 digits" })
    .nullish(),
}

export const OneCCounterparties = z
  .object({
    counterparties: z
      .array(
        z
          .object({
            one_c_id: line().trim().min(1, { message: "one_c_id: required" }),
            name: line().trim().min(1, { message: "name: required" }).max(300),
            full_name: line().trim().max(500).nullish(),
            inn: line()
              .trim()
              .regex(/^\d{10}(\d{2})?$/, { message: "inn: 10 or 12 digits" }),
            kpp: line()
              .trim()
              .regex(/^\d{9}$/, { message: "kpp: 9 digits" })
              .nullish(),
            legal_address: line().trim().max(1000).nullish(),
            actual_address: line().trim().max(1000).nullish(),
            email: line().trim().email({ message: "email: not an e-mail address" }).nullish(),
            phone: line().trim().max(50).nullish(),
            status: z.enum(["active", "blocked"]).optional(),
          })
          .strict()
      )
      .min(1)
      .max(1000),
  })
  .strict()

export const OneCAgreements = z
  .object({
    agreements: z
      .array(
        z
          .object({
            one_c_id: line().trim().min(1, { message: "one_c_id: required" }),
            number: line().trim().min(1, { message: "number: required" }),
            counterparty: z.object(ref).strict(),
            price_type_one_c_id: line().trim().min(1, { message: "price_type_one_c_id: required" }),
            currency_code: line()
              .trim()
              .toLowerCase()
              .regex(/^[a-z]{3}$/)
              .default("rub"),
            valid_from: z.coerce.date().nullish(),
            valid_to: z.coerce.date().nullish(),
            payment_terms_days: int4(z.number().int()).min(0).default(0),
            status: z.enum(["active", "closed"]).default("active"),
          })
          .strict()
      )
      .min(1)
      .max(1000),
  })
  .strict()

export const OneCCreditLimits = z
  .object({
    limits: z
      .array(
        z
          .object({
            counterparty: z.object(ref).strict(),
            credit_limit: amount("credit_limit"),
            currency_code: line()
              .trim()
              .toLowerCase()
              .regex(/^[a-z]{3}$/)
              .default("rub"),
            payment_terms_days: int4(z.number().int()).min(0).optional(),
            overdue_days_threshold: int4(z.number().int()).min(0).optional(),
            is_blocked: z.boolean().optional(),
            blocked_reason: multiline().max(500).nullish(),
          })
          .strict()
      )
      .min(1)
      .max(1000),
  })
  .strict()

export const OneCSettlements = z
  .object({
    entries: z
      .array(
        z
          .object({
            external_id: line()
              .trim()
              .min(1, { message: "external_id: the 1C document id (makes re-sending safe)" }),
            counterparty: z.object(ref).strict(),
            type: z.enum(["opening", "invoice", "shipment", "payment", "adjustment", "return"], {
              message: "type: opening, invoice, shipment, payment, adjustment or return",
            }),
            document_number: line().trim().max(100).nullish(),
            document_date: z.coerce.date({ message: "document_date: a date" }),
            amount: amount("amount"),
            due_date: z.coerce.date().nullish(),
            order_id: line().nullish(),
            comment: multiline().max(1000).nullish(),
          })
          .strict()
      )
      .min(1)
      .max(5000),
  })
  .strict()

export type OneCCounterparties = z.infer<typeof OneCCounterparties>
export type OneCAgreements = z.infer<typeof OneCAgreements>
export type OneCCreditLimits = z.infer<typeof OneCCreditLimits>
export type OneCSettlements = z.infer<typeof OneCSettlements>
