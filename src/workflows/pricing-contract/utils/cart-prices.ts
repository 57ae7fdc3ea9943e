import type { PricingContext } from "../../../modules/pricing-contract/service"
import { type ResolvedPrice } from "../../../modules/pricing-contract"

/** Whether a contract price includes VAT (its price type's flag; true when unknown): the line's `is_tax_inclusive`. */
export const priceIncludesVat = (p: ResolvedPrice | null | undefined) =>
  (p?.provenance as { vat_included?: boolean } | null | undefined)?.vat_included !== false

export type CartPricingInput = {
  cart_id: string
  context: PricingContext
  items?: { variant_id: string; quantity: number }[]
  /** At checkout: a line already in the cart that is hidden or has no price for the counterparty refuses the order. */
  strict?: boolean
  /**
   * Prices the caller already resolved (fillCart) and the quantity per variant they were resolved
   * for, under which pricing version. Used as the first pass only when the version is still current
   * and those quantities are exactly the cart's (read here, under the cart lock) plus the new items;
   * otherwise the step resolves again.
   */
  presolved?: PresolvedPrices
  /**
   * The variants whose quantity in the cart this operation changes (one add, quantity change or
   * removal). A variant's contract price depends only on its own quantity in the cart, and on the
   * cart total only through a cart-total rule; so when the cart was priced under the current pricing
   * version, the counterparty has no cart-total rule and no ERP pricer details the prices, only the
   * lines of these variants are priced. Otherwise the whole cart is, as without this field.
   */
  incremental?: string[]
}

export type PresolvedPrices = {
  version: number
  quantities: Record<string, number>
  prices: ResolvedPrice[]
}

export const sameQuantities = (a: Map<string, number>, b: Record<string, number>) =>
  a.size === Object.keys(b).length && [...a].every(([k, v]) => b[k] === v)

export type PricedItem = {
  variant_id: string
  quantity: number
  unit_price: string
  metadata: Record<string, unknown>
}

/** A value as it comes back from a JSON column (undefined members dropped). */
export const asJson = (v: unknown) => JSON.parse(JSON.stringify(v ?? null))

/** What an order line keeps of the price: enough for a manager to answer "why this price". */
export const priceMetadata = (p: ResolvedPrice) => ({
  b2b_price: { amount: p.amount, currency_code: p.currency_code, ...p.provenance },
})
