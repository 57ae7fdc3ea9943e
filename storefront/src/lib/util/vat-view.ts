/**
 * How prices are shown with respect to VAT (pure, tested).
 *
 * A contract price is in its price type's terms: `vat_included` (1C's УчтеноВСумме) says whether the
 * amount includes VAT. The buyer may choose to see amounts "with VAT" or "without VAT" (`?vat=with|without`);
 * without a choice the price type's own terms are shown. Labels always say which one it is.
 * Net / VAT / gross figures come from the backend's one money rule (`/store/b2b/carts/:id/totals`,
 * `b2b_totals` of an order), so what is shown adds up to the kopeck with the invoice.
 */

import type { MoneyLineTotals } from "@/types/cart"
import type { ContractPrice } from "@/types/catalog"

export type VatDisplay = "with" | "without"

/** The buyer's choice if it is one, else the price type's terms (true = prices include VAT). */
export function vatDisplay(
  choice: string | string[] | null | undefined,
  pricesIncludeVat: boolean | null | undefined
): VatDisplay {
  const c = Array.isArray(choice) ? choice[0] : choice
  if (c === "with" || c === "without") return c
  return pricesIncludeVat === false ? "without" : "with"
}

/** "с НДС" / "без НДС". */
export const vatLabel = (d: VatDisplay) => (d === "with" ? "с НДС" : "без НДС")

/** The label of a single contract price in its own terms ("Ваша цена с НДС"). */
export const priceLabel = (vatIncluded: boolean | null | undefined) =>
  `Ваша цена ${vatLabel(vatIncluded === false ? "without" : "with")}`

/** "Цена с НДС" / "Цена без НДС": the label of a price shown in those terms. */
export const priceTermsLabel = (d: VatDisplay) => `Цена ${vatLabel(d)}`

export type PriceShown = {
  amount: string | number
  /** The terms the amount is in (the chosen ones, unless the price lacks the figures for them). */
  display: VatDisplay
  label: string
}

/**
 * A contract price as shown for the buyer's setting: the backend's gross (with VAT) or net (without VAT) of
 * one unit, both from its one money rule, so the figure is the one a cart line of it charges. A price
 * without those figures is shown in its own terms, and labelled so. Null when there is no price.
 */
export function priceView(
  p: Pick<ContractPrice, "amount" | "vat_included" | "net" | "gross"> | null | undefined,
  d: VatDisplay
): PriceShown | null {
  if (!p || p.amount === null || p.amount === undefined) return null
  const figure = d === "with" ? p.gross : p.net
  if (figure !== null && figure !== undefined && figure !== "")
    return { amount: figure, display: d, label: priceTermsLabel(d) }
  const own: VatDisplay = p.vat_included === false ? "without" : "with"
  return { amount: p.amount, display: own, label: priceTermsLabel(own) }
}

/** A page of prices is shown as the buyer chose (`?vat=`), else in the terms of its (first) price type. */
export function pricesDisplay(
  choice: string | string[] | null | undefined,
  prices: readonly (Pick<ContractPrice, "amount" | "vat_included"> | null | undefined)[]
): VatDisplay {
  const first = prices.find(
    (p) => p && p.amount !== null && p.amount !== undefined && typeof p.vat_included === "boolean"
  )
  return vatDisplay(choice, first ? first.vat_included : null)
}

const KOP = /^(-?)(\d+)(?:\.(\d{1,2}))?$/
/** "1234.5" → 123450 kopecks (exact), null when not a decimal. */
export function toKopecks(v: string | number): number | null {
  const m = KOP.exec(String(v).trim())
  if (!m) return null
  const k = Number(m[2]) * 100 + Number((m[3] ?? "").padEnd(2, "0"))
  return m[1] ? -k : k
}
const fromKopecks = (k: number) =>
  `${k < 0 ? "-" : ""}${Math.floor(Math.abs(k) / 100)}.${String(Math.abs(k) % 100).padStart(2, "0")}`

/**
 * A line as displayed: its amount (gross or net) and unit price in the chosen terms. In the price's own
 * terms the unit price is the price itself; in the other terms it is amount / quantity, rounded half-up
 * (as the UPD's "Цена (тариф)" is), and marked `derived`.
 */
export function lineView(
  l: MoneyLineTotals,
  d: VatDisplay
): { id: string; unit_price: string; amount: string; derived: boolean } {
  const amount = d === "with" ? l.gross : l.net
  const own = (d === "with") === l.vat_included || l.net === l.gross
  if (own) return { id: l.id, unit_price: l.unit_price, amount, derived: false }
  const q = Number(l.quantity)
  const a = toKopecks(amount)
  if (!q || a === null || !Number.isInteger(q))
    return { id: l.id, unit_price: l.unit_price, amount, derived: false }
  return {
    id: l.id,
    unit_price: fromKopecks(Math.floor((2 * a + q) / (2 * q))),
    amount,
    derived: true,
  }
}
