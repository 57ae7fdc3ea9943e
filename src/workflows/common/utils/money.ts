/**
 * The portal's one money path for Medusa cart and order lines: net / VAT / gross of every line (and
 * shipping method) through lineMoney (src/modules/documents/lib/totals.ts), in integer kopecks.
 * Carts (b2b_totals), credit exposure, documents and the 1C export all read their figures here, so
 * they agree to the kopeck.
 *
 * A line's VAT terms: `is_tax_inclusive` (set from the price type's vat_included when the line was
 * priced) and the rate of its Medusa tax lines. A line without tax lines had no VAT added by Medusa:
 * its price is taken as including VAT at the product's / default rate (as documents always did).
 */
import { lineMoney, minorToString, type LineMoney } from "../../../modules/documents"
import { pluginOptions } from "../../../lib/plugin-options"

export { lineMoney, minorToString, type LineMoney }

export const defaultVatRate = () => pluginOptions().defaultVatRate

type BigNum = { value?: string | number } | string | number | null | undefined
const raw = (v: any, r?: BigNum): string => {
  const x =
    // cast to any: a BigNumber value arrives as { value } or as a plain string/number
    (r as any)?.value ??
    (typeof r === "string" || typeof r === "number" ? r : undefined) ??
    v?.numeric ??
    v
  return String(x ?? 0)
}

export type MoneyLine = {
  unit_price?: unknown
  raw_unit_price?: BigNum
  amount?: unknown
  raw_amount?: BigNum
  quantity?: unknown
  raw_quantity?: BigNum
  is_tax_inclusive?: boolean | null
  tax_lines?: { rate?: unknown }[] | null
  metadata?: Record<string, unknown> | null
}

/** Whether the line's price includes VAT and at which rate, as charged. */
export function vatTermsOf(
  line: MoneyLine,
  fallbackRate: string | number = defaultVatRate()
): { vat_included: boolean; vat_rate: string | null } {
  const taxLines = line.tax_lines ?? []
  if (!taxLines.length) {
    const md = line.metadata?.vat_rate
    return { vat_included: true, vat_rate: String(md ?? fallbackRate) }
  }
  const rate = taxLines.reduce((s, t) => s + Number(t.rate ?? 0), 0)
  return { vat_included: !!line.is_tax_inclusive, vat_rate: String(rate) }
}

/** net / VAT / gross of a cart or order line (or a shipping method: amount × 1). */
export function medusaLineMoney(
  line: MoneyLine,
  fallbackRate?: string | number
): LineMoney & { vat_included: boolean; unit_price: string; quantity: string } {
  const isMethod = line.unit_price === undefined && line.raw_unit_price === undefined
  const unit_price = isMethod
    ? raw(line.amount, line.raw_amount)
    : raw(line.unit_price, line.raw_unit_price)
  const quantity = isMethod ? "1" : raw(line.quantity, line.raw_quantity)
  const terms = vatTermsOf(line, fallbackRate)
  return {
    ...lineMoney({ unit_price, quantity, ...terms }),
    vat_included: terms.vat_included,
    unit_price,
    quantity,
  }
}

export type MoneyTotals = {
  net: string
  vat: string
  gross: string
  items_gross: string
  shipping_gross: string
  vat_included: boolean
}

/** Totals of a cart or an order: Σ of the per-line figures (items and shipping methods). */
export function medusaTotals(
  src: { items?: MoneyLine[] | null; shipping_methods?: MoneyLine[] | null },
  fallbackRate?: string | number
): MoneyTotals & { lines: ReturnType<typeof medusaLineMoney>[] } {
  const lines = (src.items ?? []).map((i) => medusaLineMoney(i, fallbackRate))
  const methods = (src.shipping_methods ?? []).map((m) => medusaLineMoney(m, fallbackRate))
  const sum = (xs: LineMoney[], k: keyof Pick<LineMoney, "net" | "vat" | "gross">) =>
    xs.reduce((s, x) => s + x[k], 0)
  const all = [...lines, ...methods]
  return {
    net: minorToString(sum(all, "net")),
    vat: minorToString(sum(all, "vat")),
    gross: minorToString(sum(all, "gross")),
    items_gross: minorToString(sum(lines, "gross")),
    shipping_gross: minorToString(sum(methods, "gross")),
    vat_included: lines.every((l) => l.vat_included),
    lines,
  }
}

/** The fields a query.graph read needs for medusaTotals, under a prefix ("" or "cart."). */
export const moneyFields = (p = "") => [
  `${p}items.id`,
  `${p}items.unit_price`,
  `${p}items.raw_unit_price`,
  `${p}items.quantity`,
  `${p}items.raw_quantity`,
  `${p}items.is_tax_inclusive`,
  `${p}items.tax_lines.rate`,
  `${p}items.metadata`,
  `${p}shipping_methods.amount`,
  `${p}shipping_methods.raw_amount`,
  `${p}shipping_methods.is_tax_inclusive`,
  `${p}shipping_methods.tax_lines.rate`,
]
