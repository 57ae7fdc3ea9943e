import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRICING_CONTRACT_MODULE, parseScaled } from "../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../modules/pricing-contract/service"

/** bigNumber columns take a decimal string at runtime (exact); the generated DTO types say number. */
const dec = (v: string) => v as unknown as number

export type VariantPriceRow = { variant_id: string; price_type_id: string; amount: string | null }

/**
 * Sets variant prices per price type in one pass: existing rows are updated, new ones created,
 * `amount: null` removes a price. Compensation restores the previous state exactly.
 */
export const upsertVariantPricesStep = createStep(
  "pricing-contract-upsert-variant-prices",
  async (rows: VariantPriceRow[], { container }) => {
    const svc = container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
    rows.forEach((r, i) => {
      if (r.amount !== null) {
        const v = parseScaled(r.amount, 2, `prices[${i}].amount`)
        if (v < 0)
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `prices[${i}].amount: must not be negative`
          )
      }
    })
    const existing = await svc.listPcVariantPrices(
      { variant_id: [...new Set(rows.map((r) => r.variant_id))] },
      { take: null }
    )
    const key = (v: string, t: string) => `${v}|${t}`
    const byKey = new Map(existing.map((e) => [key(e.variant_id, e.price_type_id), e]))
    const toCreate = rows.filter(
      (r) => r.amount !== null && !byKey.has(key(r.variant_id, r.price_type_id))
    )
    const toUpdate = rows.filter(
      (r) => r.amount !== null && byKey.has(key(r.variant_id, r.price_type_id))
    )
    const toDelete = rows.filter(
      (r) => r.amount === null && byKey.has(key(r.variant_id, r.price_type_id))
    )
    const previous = [...toUpdate, ...toDelete].map((r) => {
      const e = byKey.get(key(r.variant_id, r.price_type_id))!
      return {
        id: e.id,
        variant_id: e.variant_id,
        price_type_id: e.price_type_id,
        // the exact decimal of a bigNumber column (the generated type leaves raw_amount untyped)
        amount: (e.raw_amount as { value?: string } | null)?.value ?? String(e.amount),
      }
    })
    const created = toCreate.length
      ? await svc.createPcVariantPrices(
          toCreate.map((r) => ({
            variant_id: r.variant_id,
            price_type_id: r.price_type_id,
            amount: dec(r.amount!),
          }))
        )
      : []
    if (toUpdate.length)
      await svc.updatePcVariantPrices(
        toUpdate.map((r) => ({
          id: byKey.get(key(r.variant_id, r.price_type_id))!.id,
          amount: dec(r.amount!),
        }))
      )
    if (toDelete.length)
      await svc.deletePcVariantPrices(
        toDelete.map((r) => byKey.get(key(r.variant_id, r.price_type_id))!.id)
      )
    return new StepResponse(
      { created: created.length, updated: toUpdate.length, deleted: toDelete.length },
      { created: created.map((c) => c.id), previous }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const svc = container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
    if (undo.created.length) await svc.deletePcVariantPrices(undo.created)
    const live = await svc.listPcVariantPrices(
      { id: undo.previous.map((p) => p.id) },
      {
        take: null,
      }
    )
    const liveIds = new Set(live.map((l) => l.id))
    const restore = undo.previous.filter((p) => liveIds.has(p.id))
    const recreate = undo.previous.filter((p) => !liveIds.has(p.id))
    if (restore.length)
      await svc.updatePcVariantPrices(restore.map((p) => ({ id: p.id, amount: dec(p.amount) })))
    if (recreate.length)
      await svc.createPcVariantPrices(
        recreate.map((p) => ({
          variant_id: p.variant_id,
          price_type_id: p.price_type_id,
          amount: dec(p.amount),
        }))
      )
  }
)
