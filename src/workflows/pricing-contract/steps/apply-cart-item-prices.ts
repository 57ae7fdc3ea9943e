import { deepEqualObj, Modules } from "@medusajs/framework/utils"
import type { ICartModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { parseScaled, type ResolvedPrice } from "../../../modules/pricing-contract"
import { priceIncludesVat, asJson, priceMetadata } from "../utils/cart-prices"
import { GROSS_UP_KEY } from "../../common/utils/money"

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
    // why: nothing to undo; the compensation input is the earlier prices of the lines changed
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
      // a grossed-up line (VAT-exclusive, carried tax-inclusive at gross / quantity) compares in its
      // contract terms: its net price, VAT on top
      const grossed = old.is_tax_inclusive
        ? (old.metadata?.[GROSS_UP_KEY] as { net_unit_price?: string } | null | undefined)
            ?.net_unit_price
        : undefined
      const oldRaw =
        grossed ??
        (old as { raw_unit_price?: { value?: string } }).raw_unit_price?.value ??
        String(old.unit_price)
      const oldInclusive = grossed != null ? false : !!old.is_tax_inclusive
      const samePrice = parseScaled(String(oldRaw), 2) === p.amount_minor
      // jsonb stores keys in its own order: compare as values, not as serialized text
      const sameProvenance = deepEqualObj(asJson(old.metadata?.b2b_price), asJson(meta.b2b_price))
      const inclusive = priceIncludesVat(p)
      if (samePrice && sameProvenance && old.is_custom_price && oldInclusive === inclusive) continue
      updates.push({
        selector: { id: e.id },
        data: {
          unit_price: p.amount as unknown as number,
          is_custom_price: true,
          is_tax_inclusive: inclusive,
          // priced afresh in the contract's terms; grossed up again once its tax lines are known
          metadata: {
            ...(old.metadata ?? {}),
            ...meta,
            ...(old.metadata?.[GROSS_UP_KEY] != null ? { [GROSS_UP_KEY]: null } : {}),
          },
        },
      })
    }
    if (updates.length) await cartModule.updateLineItems(updates)
    const touched = new Set(updates.map((u) => u.selector.id))
    const previous = before
      .filter((b) => touched.has(b.id))
      .map((b) => ({
        id: b.id,
        unit_price:
          (b as { raw_unit_price?: { value?: string } }).raw_unit_price?.value ?? b.unit_price,
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
      }))
    )
  }
)
