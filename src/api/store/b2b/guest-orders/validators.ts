import { z } from "@medusajs/framework/zod"

// One-click orders (issue 5). Every message names its field: Medusa prints custom messages without the path.
import { int4, line, multiline } from "../../../validation"
import { isValidInn } from "../../../../modules/company"

/**
 * A Russian phone number in any usual spelling (+7 915 123-45-67, 8 (915) 123 45 67, 9151234567)
 * normalised to +7XXXXXXXXXX; null when it is not one.
 */
export function normalizeRuPhone(raw: string): string | null {
  if (!/^[+\d\s()\-–.]+$/.test(raw.trim())) return null
  const d = raw.replace(/\D/g, "")
  if (d.length === 11 && (d[0] === "7" || d[0] === "8")) return `+7${d.slice(1)}`
  if (d.length === 10 && !raw.trim().startsWith("+")) return `+7${d}`
  return null
}

const optText = (f: string, max: number) =>
  line({ message: `${f}: text` })
    .trim()
    .max(max, { message: `${f}: at most ${max} characters` })
    .nullish()
    .transform((v) => (v ? v : null))

const GuestItem = z
  .object({
    variant_id: line().trim().min(1, { message: "variant_id: a variant id" }).optional(),
    sku: line()
      .trim()
      .min(1, { message: "sku: an article (SKU)" })
      .max(100, { message: "sku: at most 100 characters" })
      .optional(),
    quantity: int4(
      z
        .number({ message: "quantity: a whole number from 1" })
        .int({ message: "quantity: a whole number from 1" })
    )
      .min(1, { message: "quantity: a whole number from 1" })
      .max(1_000_000, { message: "quantity: at most 1000000" }),
  })
  .strict()
  .refine((i) => !!i.variant_id !== !!i.sku, {
    message: "items: each line needs either variant_id or sku (one of them)",
  })

/** POST /store/b2b/guest-orders: a one-click order of a visitor who is not logged in. */
export const GuestOrder = z
  .object({
    items: z
      .array(GuestItem, { message: "items: a list of { variant_id | sku, quantity }" })
      // refine, not min/max: Medusa rewrites size messages without the custom text
      .refine((v) => v.length >= 1, { message: "items: at least one line" })
      .refine((v) => v.length <= 100, { message: "items: at most 100 lines" }),
    phone: line({ message: "phone: required, such as +7 915 123-45-67" })
      .trim()
      .max(50, { message: "phone: at most 50 characters" })
      .transform((v, ctx) => {
        const n = normalizeRuPhone(v)
        if (!n) {
          ctx.addIssue({
            code: "custom",
            message: "phone: a Russian phone number such as +7 915 123-45-67",
          })
          return z.NEVER
        }
        return n
      }),
    email: line({ message: "email: required" })
      .trim()
      .toLowerCase()
      .email({ message: "email: must be a valid e-mail address" })
      .max(200, { message: "email: at most 200 characters" }),
    name: optText("name", 200),
    company_name: optText("company_name", 300),
    inn: line({ message: "inn: 10 or 12 digits" })
      .trim()
      .refine((v) => !v || isValidInn(v), {
        message: "inn: must be a valid INN (10 or 12 digits with correct control digits)",
      })
      .nullish()
      .transform((v) => (v ? v : null)),
    /** consent to personal-data processing (152-FZ), recorded with the order like a registration's */
    consent: z.literal(true, {
      message: "consent: consent to personal data processing is required",
    }),
    comment: multiline({ message: "comment: text" })
      .trim()
      .max(1000, { message: "comment: at most 1000 characters" })
      .nullish()
      .transform((v) => (v ? v : null)),
  })
  .strict()

export type GuestOrder = z.infer<typeof GuestOrder>
