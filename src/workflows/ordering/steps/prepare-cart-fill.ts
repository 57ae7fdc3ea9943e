import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolveVariantPrices, type PresolvedPrices } from "../../pricing-contract/utils"
import { PRICING_CONTRACT_MODULE } from "../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../modules/pricing-contract/service"
import type { PricingContext } from "../../../modules/pricing-contract/service"
import { trackedAvailability } from "../utils/availability"
import { matchQuickOrder, type QuickResult, type QuickRow } from "../utils/quick-order"

export type FillSummary = {
  added: number
  unknown_sku: number
  invalid_quantity: number
  unavailable: number
}

export type PrepareCartFillInput = {
  cart_id: string
  context: PricingContext
  rows: QuickRow[]
}

export type PreparedCartFill = {
  rows: QuickResult[]
  summary: FillSummary
  /** The lines to add (one per variant); empty when no row is good. */
  items: { variant_id: string; quantity: number }[]
  presolved: PresolvedPrices
}

/**
 * Matches articles, checks terms, personal prices and stock of the rows asked for against the cart
 * (read-only): every row comes back with its status, the good ones as lines to add at prices
 * resolved for the cart as it will be.
 */
export const prepareCartFillStep = createStep(
  "ordering-prepare-cart-fill",
  async (input: PrepareCartFillInput, { container }) => {
    const { cart_id: cartId, context, rows } = input
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["sales_channel_id", "items.variant_id", "items.quantity"],
      filters: { id: cartId },
    })
    const cart = data[0] as
      { sales_channel_id?: string; items?: { variant_id: string; quantity: number }[] } | undefined
    const inCart = new Map<string, number>()
    for (const it of cart?.items ?? [])
      if (it.variant_id)
        inCart.set(it.variant_id, (inCart.get(it.variant_id) ?? 0) + Number(it.quantity))

    const results = await matchQuickOrder(container, rows, inCart)
    const added = () => results.filter((r) => r.status === "added")
    // prices for the whole cart as it will be (lines there + rows asked for), so quantity breaks see
    // the totals: the workflow reuses them when no row drops out below (stock) and the cart is unchanged
    const quantities: Record<string, number> = Object.fromEntries(inCart)
    for (const r of added())
      quantities[r.variant_id!] = (quantities[r.variant_id!] ?? 0) + r.quantity!
    // prices and stock are read at once (stock for every candidate, used only for rows still "added")
    const candidates = [...new Set(added().map((r) => r.variant_id!))]
    const stockOf = async () =>
      candidates.length && cart?.sales_channel_id
        ? await trackedAvailability(container, candidates, cart.sales_channel_id)
        : {}
    const [version, resolved, availability] = await Promise.all([
      container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE).currentVersion(),
      resolveVariantPrices(
        container,
        { ...context, quantity: new Map(Object.entries(quantities)) },
        Object.keys(quantities)
      ),
      stockOf(),
    ])
    const prices = new Map(resolved.map((p) => [p.variant_id, p]))
    for (const r of added()) {
      const p = prices.get(r.variant_id!)
      if (!p || p.amount === null) {
        r.status = "unavailable"
        r.message = p?.hidden ? "not available to your company" : "no price for your company"
      }
    }
    // stock: a line the warehouses of the cart's sales channel cannot cover is reported, not added
    const wanted = new Map<string, number>()
    for (const r of added()) {
      if (!(r.variant_id! in availability)) continue
      const have = Number(availability[r.variant_id!].availability ?? 0)
      const total = (wanted.get(r.variant_id!) ?? inCart.get(r.variant_id!) ?? 0) + r.quantity!
      if (total > have) {
        r.status = "unavailable"
        r.message = `only ${have} in stock`
      } else wanted.set(r.variant_id!, total)
    }
    const perVariant = new Map<string, number>()
    for (const r of added())
      perVariant.set(r.variant_id!, (perVariant.get(r.variant_id!) ?? 0) + r.quantity!)
    const final: Record<string, number> = Object.fromEntries(inCart)
    for (const [v, q] of perVariant) final[v] = (final[v] ?? 0) + q
    const summary: FillSummary = { added: 0, unknown_sku: 0, invalid_quantity: 0, unavailable: 0 }
    for (const r of results) summary[r.status]++
    const out: PreparedCartFill = {
      rows: results,
      summary,
      items: [...perVariant].map(([variant_id, quantity]) => ({ variant_id, quantity })),
      // a variant's price depends on its own quantity only (the cart-total pass runs in the workflow):
      // prices resolved for a quantity that changed since (a row dropped for stock) are not reused
      presolved: {
        version,
        quantities: final,
        prices: resolved.filter((p) => final[p.variant_id] === quantities[p.variant_id]),
      },
    }
    return new StepResponse(out)
  }
)
