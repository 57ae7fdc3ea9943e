import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRICING_CONTRACT_MODULE } from "../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../modules/pricing-contract/service"

type ExportUpdate = {
  id: string
  status?: "pending" | "running" | "done" | "failed"
  file_id?: string | null
  file_name?: string | null
  processed?: number
  finished_at?: Date | null
  error?: string | null
}

/** Updates a price list export; compensation writes back the previous values of the fields it changed. */
export const updatePriceListExportStep = createStep(
  "pricing-update-price-list-export",
  async (input: ExportUpdate, { container }) => {
    const svc = container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
    const before = await svc.retrievePcPriceListExport(input.id)
    const previous: Record<string, unknown> = { id: input.id }
    for (const k of Object.keys(input) as (keyof typeof before)[])
      if (k !== "id") previous[k] = before[k] ?? null
    const updated = await svc.updatePcPriceListExports(input)
    return new StepResponse(updated, previous as ExportUpdate)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container
      .resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
      .updatePcPriceListExports(previous)
  }
)
