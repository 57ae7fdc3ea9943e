import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRICING_CONTRACT_MODULE } from "../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../modules/pricing-contract/service"
import { pricingRows, type PricingEntityPath } from "../utils/pricing-entities"

/** Soft-deletes rows of one pricing entity; compensation restores them. */
export const softDeletePricingRowsStep = createStep(
  "pricing-soft-delete-rows",
  async (input: { entity: PricingEntityPath; ids: string[] }, { container }) => {
    const svc = container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
    await pricingRows(svc, input.entity).softDelete(input.ids)
    return new StepResponse(input.ids, { entity: input.entity, ids: input.ids })
  },
  async (done, { container }) => {
    if (!done?.ids.length) return
    const svc = container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
    await pricingRows(svc, done.entity).restore(done.ids)
  }
)
