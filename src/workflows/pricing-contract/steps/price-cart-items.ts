import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { ICartModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolveVariantPrices, erpCartPricer } from "../utils"
import { noopErpCartPricer } from "../utils/erp-hook"
import {
  formatScaled,
  parseScaled,
  PRICING_CONTRACT_MODULE,
  type ResolvedPrice,
} from "../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../modules/pricing-contract/service"
import { CartPricingInput, sameQuantities } from "../utils/cart-prices"

/**
 * Prices the cart's lines (and lines about to be added) with the contract engine: quantity breaks
 * see the total quantity per variant, and the cart-total rule sees the cart's total.
 * A variant without a price, or hidden for the counterparty, is refused by name.
 */
export const priceCartItemsStep = createStep(
  "pricing-contract-price-cart-items",
  async (input: CartPricingInput, { container }) => {
    if (input.incremental && !input.strict) {
      const only = await priceAffectedVariants(container, input, input.incremental)
      if (only) return new StepResponse(only)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "items.id", "items.variant_id", "items.quantity", "items.variant_sku"],
      filters: { id: input.cart_id },
    })
    const cart = data[0] as
      | {
          items?: {
            id: string
            variant_id: string | null
            quantity: number
            variant_sku?: string | null
          }[]
        }
      | undefined
    if (!cart)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Cart with id ${input.cart_id} was not found`
      )
    const qty = new Map<string, number>()
    for (const it of cart.items ?? [])
      if (it.variant_id) qty.set(it.variant_id, (qty.get(it.variant_id) ?? 0) + Number(it.quantity))
    for (const it of input.items ?? [])
      qty.set(it.variant_id, (qty.get(it.variant_id) ?? 0) + it.quantity)
    const ids = [...qty.keys()]
    const pricing = container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
    const version = await pricing.currentVersion()
    const pre = input.presolved
    const reuse =
      !!pre &&
      pre.version === version &&
      sameQuantities(qty, pre.quantities) &&
      ((have) => ids.every((id) => have.has(id)))(new Set(pre.prices.map((p) => p.variant_id)))
    let prices = reuse
      ? pre!.prices.filter((p) => qty.has(p.variant_id))
      : await resolveVariantPrices(container, { ...input.context, quantity: qty }, ids)
    // the cart total can only change a price through a cart-total rule: without one the second pass
    // would return the same prices
    if ((await pricing.compiledFor(input.context)).cartTotal.length) {
      const total = prices.reduce(
        (s, p) => s + (p.amount_minor ?? 0) * (qty.get(p.variant_id) ?? 0),
        0
      )
      prices = await resolveVariantPrices(
        container,
        { ...input.context, quantity: qty, cart_total_minor: total },
        ids
      )
    }
    const byVariant = new Map(prices.map((p) => [p.variant_id, p]))
    // the ERP may detail the final prices (1C connector); without one, or on null, portal prices stand
    const erp = await erpCartPricer(container).detailCartPrices({
      legal_entity_id: input.context.legal_entity_id,
      lines: prices
        .filter((p) => p.amount !== null)
        .map((p) => ({
          variant_id: p.variant_id,
          quantity: qty.get(p.variant_id) ?? 0,
          amount: p.amount!,
          currency_code: p.currency_code,
        })),
    })
    if (erp) {
      for (const [variantId, amount] of Object.entries(erp)) {
        const p = byVariant.get(variantId)
        if (!p || p.amount === null) continue
        const minor = parseScaled(amount, 2, `ERP price of ${variantId}`)
        byVariant.set(variantId, {
          ...p,
          amount: formatScaled(minor, 2),
          amount_minor: minor,
          provenance: {
            ...(p.provenance ?? { source: "base_price" }),
            erp_amount: amount,
            portal_amount: p.amount,
          } as any, // why: provenance is a free-form record; the ERP amounts are added to it
        })
      }
    }
    const bad = [
      ...(input.items ?? []),
      ...(input.strict
        ? (cart.items ?? []).filter((i) => i.variant_id).map((i) => ({ variant_id: i.variant_id! }))
        : []),
    ]
      .filter((i, n, all) => all.findIndex((j) => j.variant_id === i.variant_id) === n)
      .filter((i) => byVariant.get(i.variant_id)?.amount == null)
    if (bad.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        bad
          .map(
            (b) =>
              `variant_id ${b.variant_id}: ${byVariant.get(b.variant_id)?.hidden ? "not available to your company" : "has no price for your company"}`
          )
          .join("; ")
      )
    }
    return new StepResponse({
      prices: Object.fromEntries(byVariant),
      existing: (cart.items ?? []).map((i) => ({ id: i.id, variant_id: i.variant_id })),
      version,
    })
  }
)

type Line = { id: string; variant_id: string | null; quantity: number }

/**
 * The incremental pass (CartPricingInput.incremental): the lines of the variants an operation
 * touches, priced at those variants' new quantities. Null when the whole cart must be priced: a
 * stale pricing version, a cart-total rule, or an ERP pricer.
 */
async function priceAffectedVariants(
  container: any,
  input: CartPricingInput,
  variantIds: string[]
): Promise<{
  prices: Record<string, ResolvedPrice>
  existing: { id: string; variant_id: string | null }[]
  version: number
} | null> {
  const pricing = container.resolve(PRICING_CONTRACT_MODULE) as PricingContractModuleService
  const cartModule = container.resolve(Modules.CART) as ICartModuleService
  const ids = [...new Set([...variantIds, ...(input.items ?? []).map((i) => i.variant_id)])]
  const [version, compiled, cart, lines] = await Promise.all([
    pricing.currentVersion(),
    pricing.compiledFor(input.context),
    cartModule.retrieveCart(input.cart_id, { select: ["id", "metadata"] }),
    ids.length
      ? cartModule.listLineItems(
          { cart_id: input.cart_id, variant_id: ids },
          { select: ["id", "variant_id", "quantity"] }
        )
      : ([] as Line[]),
  ])
  if (
    cart.metadata?.b2b_pricing_version !== version ||
    compiled.cartTotal.length ||
    erpCartPricer(container) !== noopErpCartPricer
  )
    return null
  const qty = new Map<string, number>(ids.map((id) => [id, 0]))
  for (const l of lines as Line[])
    if (l.variant_id) qty.set(l.variant_id, (qty.get(l.variant_id) ?? 0) + Number(l.quantity))
  for (const it of input.items ?? [])
    qty.set(it.variant_id, (qty.get(it.variant_id) ?? 0) + it.quantity)
  const priced = [...qty].filter(([, q]) => q > 0).map(([id]) => id)
  const prices = await resolveVariantPrices(container, { ...input.context, quantity: qty }, priced)
  const byVariant = new Map(prices.map((p) => [p.variant_id, p]))
  const bad = (input.items ?? []).filter((i) => byVariant.get(i.variant_id)?.amount == null)
  if (bad.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      bad
        .map(
          (b) =>
            `variant_id ${b.variant_id}: ${byVariant.get(b.variant_id)?.hidden ? "not available to your company" : "has no price for your company"}`
        )
        .join("; ")
    )
  }
  return {
    prices: Object.fromEntries(byVariant),
    existing: (lines as Line[]).map((l) => ({ id: l.id, variant_id: l.variant_id })),
    version,
  }
}
