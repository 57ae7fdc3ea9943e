import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRICING_CONTRACT_MODULE } from "../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../modules/pricing-contract/service"

export type PriceListExportRequest = {
  legal_entity_id: string | null
  holding_id: string | null
  customer_id: string | null
  category_ids: string[] | null
  region_code: string | null
  format: "xlsx" | "pdf"
}

/** Records a price list request (pending); compensation deletes it. */
export const createPriceListExportStep = createStep(
  "pricing-create-price-list-export",
  async (input: PriceListExportRequest, { container }) => {
    const svc = container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
    const created = await svc.createPcPriceListExports({
      ...input,
      // a JSON column holding the id array (the model types JSON columns as objects)
      category_ids: input.category_ids as unknown as Record<string, unknown> | null,
      status: "pending",
    })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container
      .resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
      .deletePcPriceListExports([id])
  }
)
