import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRICING_CONTRACT_MODULE } from "../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../modules/pricing-contract/service"
import { pricingRows, type PricingEntityPath } from "../utils/pricing-entities"

/** Creates rows of one pricing entity; compensation deletes exactly what it created. */
export const createPricingRowsStep = createStep(
  "pricing-create-rows",
  async (input: { entity: PricingEntityPath; rows: Record<string, unknown>[] }, { container }) => {
    const svc = container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
    const created = await pricingRows(svc, input.entity).create(input.rows)
    return new StepResponse(created, { entity: input.entity, ids: created.map((r) => r.id) })
  },
  async (made, { container }) => {
    if (!made?.ids.length) return
    const svc = container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
    await pricingRows(svc, made.entity).delete(made.ids)
  }
)
