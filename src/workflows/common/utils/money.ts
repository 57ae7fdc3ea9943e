/**
 * The portal's one money path for Medusa cart and order lines: net / VAT / gross of every line (and
 * shipping method) through lineMoney (src/modules/documents/lib/totals.ts), in integer kopecks.
 * Carts (b2b_totals), credit exposure, documents and the 1C export all read their figures here, so
 * they agree to the kopeck.
 *
 * A line's VAT terms: `is_tax_inclusive` (set from the price type's vat_included when the line was
 * priced) and the rate of its Medusa tax lines. A line without tax lines had no VAT added by Medusa:
 * its price is taken as including VAT at the product's / default rate (as documents always did).
 *
 * A VAT-exclusive line is carried in Medusa "grossed up" (grossUpPlan): tax-inclusive at its gross /
 * quantity, its contract net unit price kept in `metadata.b2b_gross_up.net_unit_price`, so that
 * Medusa's own total is the gross to the kopeck. Its terms here are the contract's: VAT on top of the
 * net price.
 */
import Decimal from "decimal.js"
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

export const GROSS_UP_KEY = "b2b_gross_up"

/** The contract net unit price of a grossed-up line (tax-inclusive in Medusa at gross / quantity), else null. */
export function grossedUpNet(line: MoneyLine): string | null {
  if (!line.is_tax_inclusive || !(line.tax_lines ?? []).length) return null
  const g = line.metadata?.[GROSS_UP_KEY] as { net_unit_price?: unknown } | null | undefined
  return g?.net_unit_price != null ? String(g.net_unit_price) : null
}

/** The unit price in the contract's terms: a grossed-up line's net price, else Medusa's unit price. */
export const contractUnitPrice = (line: MoneyLine): string =>
  grossedUpNet(line) ?? raw(line.unit_price, line.raw_unit_price)

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
  if (grossedUpNet(line) !== null) return { vat_included: false, vat_rate: String(rate) }
  return { vat_included: !!line.is_tax_inclusive, vat_rate: String(rate) }
}

/** Medusa's unit price of a VAT-exclusive line carried tax-inclusive: its gross / quantity, 20 decimals. */
export function grossUpUnitPrice(net: string, quantity: string, rate: string): string {
  const m = lineMoney({ unit_price: net, quantity, vat_rate: rate, vat_included: false })
  return new Decimal(m.gross)
    .div(100)
    .div(quantity)
    .toDecimalPlaces(20, Decimal.ROUND_HALF_UP)
    .toFixed()
}

export type GrossUpLine = MoneyLine & { id: string }
export type GrossUpUpdate = {
  id: string
  unit_price: string
  is_tax_inclusive: boolean
  metadata: Record<string, unknown>
}

/**
 * Lines whose Medusa price must change so that Medusa's own total is the portal's gross to the kopeck:
 * a VAT-exclusive line with a non-zero rate becomes tax-inclusive at gross / quantity (its contract net
 * price kept in metadata), a grossed-up line whose quantity or rate changed is grossed up again, and one
 * whose VAT is gone (no tax lines, 0 %) goes back to its net price, exclusive. Medusa then totals the
 * line as price × quantity = the gross (to 1e-20 where gross / quantity does not terminate).
 */
export function grossUpPlan(lines: GrossUpLine[]): GrossUpUpdate[] {
  const out: GrossUpUpdate[] = []
  for (const l of lines) {
    const marker = l.metadata?.[GROSS_UP_KEY] as { net_unit_price?: unknown } | null | undefined
    const grossed = !!l.is_tax_inclusive && marker?.net_unit_price != null
    if (l.is_tax_inclusive && !grossed) continue // VAT-inclusive: Medusa's total is exact
    const net = grossed ? String(marker!.net_unit_price) : raw(l.unit_price, l.raw_unit_price)
    const quantity = raw(l.quantity, l.raw_quantity)
    const rate = (l.tax_lines ?? []).reduce((s, t) => s + Number(t.rate ?? 0), 0)
    const current = raw(l.unit_price, l.raw_unit_price)
    if (!rate || Number(quantity) <= 0) {
      if (grossed)
        out.push({
          id: l.id,
          unit_price: net,
          is_tax_inclusive: false,
          metadata: { ...(l.metadata ?? {}), [GROSS_UP_KEY]: null },
        })
      continue
    }
    const target = grossUpUnitPrice(net, quantity, String(rate))
    if (grossed && new Decimal(current).eq(target)) continue
    out.push({
      id: l.id,
      unit_price: target,
      is_tax_inclusive: true,
      metadata: { ...(l.metadata ?? {}), [GROSS_UP_KEY]: { net_unit_price: net } },
    })
  }
  return out
}

/** net / VAT / gross of a cart or order line (or a shipping method: amount × 1). */
export function medusaLineMoney(
  line: MoneyLine,
  fallbackRate?: string | number
): LineMoney & { vat_included: boolean; unit_price: string; quantity: string } {
  const isMethod = line.unit_price === undefined && line.raw_unit_price === undefined
  const unit_price = isMethod ? raw(line.amount, line.raw_amount) : contractUnitPrice(line)
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
