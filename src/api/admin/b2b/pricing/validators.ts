import { z } from "@medusajs/framework/zod"
import { int4, line } from "../../../validation"
import type { PricingEntityPath } from "../../../../workflows/pricing-contract"

const dec = (f: string, opts: { positive?: boolean } = {}) =>
  line()
    .trim()
    .regex(/^-?\d{1,15}([.,]\d{1,10})?$/, {
      message: `${f}: must be a decimal number such as 1234.50 (at most 15 digits before and 10 after the point)`,
    })
    .refine((v) => !opts.positive || Number(v.replace(",", ".")) > 0, {
      message: `${f}: must be greater than zero`,
    })
    .transform((v) => v.replace(",", "."))

const cur = line()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{3}$/, { message: "currency_code: an ISO 4217 code such as rub" })

const date = z.coerce.date().nullish()

const id = line().trim().min(1)

const schemas = {
  "price-types": z.object({
    code: line().trim().min(1).max(50),
    name: line().trim().min(1).max(200),
    currency_code: cur.default("rub"),
    is_base: z.boolean().optional(),
    vat_included: z.boolean().optional(),
    one_c_id: line().nullish(),
    sort: int4(z.number().int()).optional(),
  }),
  agreements: z.object({
    number: line().trim().min(1).max(100),
    name: line().nullish(),
    legal_entity_id: id.nullish(),
    holding_id: id.nullish(),
    price_type_id: id,
    currency_code: cur.default("rub"),
    valid_from: date,
    valid_to: date,
    payment_terms_days: int4(z.number().int()).min(0).max(3650).optional(),
    seller_organization_id: id.nullish(),
    status: z.enum(["active", "closed"]).optional(),
    one_c_id: line().nullish(),
  }),
  "price-lists": z.object({
    name: line().trim().min(1).max(200),
    agreement_id: id.nullish(),
    legal_entity_id: id.nullish(),
    holding_id: id.nullish(),
    priority: int4(z.number().int()).optional(),
    valid_from: date,
    valid_to: date,
    status: z.enum(["active", "draft"]).optional(),
  }),
  "price-rules": z.object({
    price_list_id: id,
    target_type: z.enum(["variant", "product", "category"]),
    target_id: id,
    kind: z.enum(["fixed", "discount_percent", "multiplier"]),
    value: dec("value"),
    currency_code: cur.nullish(),
    min_quantity: int4(z.number().int()).min(1).optional(),
    valid_from: date,
    valid_to: date,
  }),
  "regional-price-types": z.object({
    region_code: line().trim().min(1).max(50),
    region_name: line().nullish(),
    price_type_id: id,
  }),
  "mass-rules": z.object({
    name: line().trim().min(1).max(200),
    priority: int4(z.number().int()).optional(),
    action: z.enum(["markup_percent", "discount_percent", "hide"]),
    value: dec("value").nullish(),
    manufacturer: line().nullish(),
    line: line().nullish(),
    category_id: id.nullish(),
    tag: line().nullish(),
    region_code: line().nullish(),
    legal_entity_id: id.nullish(),
    valid_from: date,
    valid_to: date,
    active: z.boolean().optional(),
  }),
  "cart-total-rules": z.object({
    threshold: dec("threshold", { positive: true }),
    currency_code: cur.default("rub"),
    price_type_id: id,
    legal_entity_id: id.nullish(),
    active: z.boolean().optional(),
  }),
  "exchange-rates": z.object({
    currency_code: cur,
    rate: dec("rate", { positive: true }),
    date: line().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "date: YYYY-MM-DD" }),
    source: line().max(50).optional(),
  }),
  settings: z.object({
    base_currency: cur.optional(),
    rounding_step: dec("rounding_step", { positive: true }).optional(),
    show_prices_to_guests: z.boolean().optional(),
    rate_max_age_days: int4(z.number().int()).min(0).max(60).optional(),
  }),
} satisfies Record<PricingEntityPath, z.ZodObject<any>>

export const pricingCreateSchema = (e: PricingEntityPath) => schemas[e].strict()

export const pricingUpdateSchema = (e: PricingEntityPath) => schemas[e].partial().strict()

export const SetVariantPrices = z
  .object({
    prices: z
      .array(
        z.object({ variant_id: id, price_type_id: id, amount: dec("amount").nullable() }).strict()
      )
      .min(1)
      .max(10000),
  })
  .strict()

export const ExplainQuery = z.object({
  variant_id: id,
  legal_entity_id: id.optional(),
  region_code: line().optional(),
  quantity: int4(z.coerce.number().int()).min(1).default(1),
})

export type SetVariantPrices = z.infer<typeof SetVariantPrices>
export type ExplainQuery = z.infer<typeof ExplainQuery>
