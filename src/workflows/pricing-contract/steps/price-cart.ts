import {
  ContainerRegistrationKeys,
  deepEqualObj,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import type { ICartModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { resolveVariantPrices } from "../utils"
import type { PricingContext } from "../../../modules/pricing-contract/service"
import {
  formatScaled,
  parseScaled,
  PRICING_CONTRACT_MODULE,
  type ResolvedPrice,
} from "../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../modules/pricing-contract/service"
import { erpCartPricer } from "../utils"

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
}
export type PresolvedPrices = {
  version: number
  quantities: Record<string, number>
  prices: ResolvedPrice[]
}

const sameQuantities = (a: Map<string, number>, b: Record<string, number>) =>
  a.size === Object.keys(b).length && [...a].every(([k, v]) => b[k] === v)
export type PricedItem = {
  variant_id: string
  quantity: number
  unit_price: string
  metadata: Record<string, unknown>
}

/** A value as it comes back from a JSON column (undefined members dropped). */
const asJson = (v: unknown) => JSON.parse(JSON.stringify(v ?? null))

/** What an order line keeps of the price: enough for a manager to answer "why this price". */
export const priceMetadata = (p: ResolvedPrice) => ({
  b2b_price: { amount: p.amount, currency_code: p.currency_code, ...p.provenance },
})

/**
 * Prices the cart's lines (and lines about to be added) with the contract engine: quantity breaks
 * see the total quantity per variant, and the cart-total rule sees the cart's total.
 * A variant without a price, or hidden for the counterparty, is refused by name.
 */
export const priceCartItemsStep = createStep(
  "pricing-contract-price-cart-items",
  async (input: CartPricingInput, { container }) => {
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
          } as any,
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

/**
 * Writes engine prices onto existing lines (custom price + provenance), touching only the lines
 * whose price or provenance changed, in one batched update; compensation restores the old values.
 */
export const applyCartItemPricesStep = createStep(
  "pricing-contract-apply-cart-item-prices",
  async (
    input: {
      prices: Record<string, ResolvedPrice>
      existing: { id: string; variant_id: string | null }[]
    },
    { container }
  ) => {
    const cartModule = container.resolve<ICartModuleService>(Modules.CART)
    const ids = input.existing.map((e) => e.id)
    if (!ids.length) return new StepResponse([] as string[], [] as any[])
    const before = await cartModule.listLineItems(
      { id: ids },
      {
        select: [
          "id",
          "unit_price",
          "raw_unit_price",
          "metadata",
          "is_custom_price",
          "is_tax_inclusive",
        ],
      }
    )
    const byId = new Map(before.map((b) => [b.id, b]))
    const updates: { selector: { id: string }; data: Record<string, unknown> }[] = []
    for (const e of input.existing) {
      const p = e.variant_id ? input.prices[e.variant_id] : undefined
      const old = byId.get(e.id)
      if (!p || p.amount == null || !old) continue
      const meta = priceMetadata(p)
      const oldRaw = (old as any).raw_unit_price?.value ?? String(old.unit_price)
      const samePrice = parseScaled(String(oldRaw), 2) === p.amount_minor
      // jsonb stores keys in its own order: compare as values, not as serialized text
      const sameProvenance = deepEqualObj(
        asJson((old.metadata as any)?.b2b_price),
        asJson(meta.b2b_price)
      )
      const inclusive = priceIncludesVat(p)
      if (
        samePrice &&
        sameProvenance &&
        old.is_custom_price &&
        !!old.is_tax_inclusive === inclusive
      )
        continue
      updates.push({
        selector: { id: e.id },
        data: {
          unit_price: p.amount as unknown as number,
          is_custom_price: true,
          is_tax_inclusive: inclusive,
          metadata: { ...(old.metadata ?? {}), ...meta },
        },
      })
    }
    if (updates.length) await cartModule.updateLineItems(updates as any)
    const touched = new Set(updates.map((u) => u.selector.id))
    const previous = before
      .filter((b) => touched.has(b.id))
      .map((b) => ({
        id: b.id,
        unit_price: (b as any).raw_unit_price?.value ?? b.unit_price,
        metadata: b.metadata,
        is_custom_price: b.is_custom_price,
        is_tax_inclusive: !!b.is_tax_inclusive,
      }))
    return new StepResponse([...touched], previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve<ICartModuleService>(Modules.CART).updateLineItems(
      previous.map((b: any) => ({
        selector: { id: b.id },
        data: {
          unit_price: b.unit_price,
          metadata: b.metadata ?? {},
          is_custom_price: b.is_custom_price,
          is_tax_inclusive: b.is_tax_inclusive,
        },
      })) as any
    )
  }
)

/** Records on the cart which pricing version its lines reflect, so a stale cart is re-priced when touched. */
export const markCartPricedStep = createStep(
  "pricing-contract-mark-cart-priced",
  async (input: { cart_id: string; version: number }, { container }) => {
    const cartModule = container.resolve<ICartModuleService>(Modules.CART)
    const cart = await cartModule.retrieveCart(input.cart_id, { select: ["id", "metadata"] })
    await cartModule.updateCarts(input.cart_id, {
      metadata: { ...(cart.metadata ?? {}), b2b_pricing_version: input.version },
    })
    return new StepResponse(true, { id: input.cart_id, metadata: cart.metadata ?? {} })
  },
  async (prev, { container }) => {
    if (prev)
      await container
        .resolve<ICartModuleService>(Modules.CART)
        .updateCarts(prev.id, { metadata: prev.metadata })
  }
)
