import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRICING_CONTRACT_MODULE } from "../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../modules/pricing-contract/service"
import { pricingRows, type PricingEntityPath, type PricingRow } from "../utils/pricing-entities"

/**
 * Updates rows of one pricing entity (each carries its id); compensation writes back the previous
 * values of the fields it changed.
 */
export const updatePricingRowsStep = createStep(
  "pricing-update-rows",
  async (input: { entity: PricingEntityPath; rows: PricingRow[] }, { container }) => {
    const rows = pricingRows(
      container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE),
      input.entity
    )
    const before = await rows.list(input.rows.map((r) => r.id))
    const byId = new Map(before.map((b) => [b.id, b]))
    const previous = input.rows.map((r) => {
      const old = byId.get(r.id) ?? ({} as PricingRow)
      const prev: PricingRow = { id: r.id }
      for (const k of Object.keys(r)) if (k !== "id") prev[k] = old[k] ?? null
      return prev
    })
    const updated = await rows.update(input.rows)
    return new StepResponse(updated, { entity: input.entity, previous })
  },
  async (undo, { container }) => {
    if (!undo?.previous.length) return
    const svc = container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
    await pricingRows(svc, undo.entity).update(undo.previous)
  }
)
