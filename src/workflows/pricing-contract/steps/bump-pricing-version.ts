import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRICING_CONTRACT_MODULE } from "../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../modules/pricing-contract/service"

/**
 * Bumps the pricing version so every instance recompiles; compensation bumps again (a version
 * only has to change, never to go back).
 */
export const bumpPricingVersionStep = createStep(
  "pricing-contract-bump-version",
  async (_: void, { container }) => {
    const v = await container
      .resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
      .bumpVersion()
    return new StepResponse(v, true)
  },
  async (_done, { container }) => {
    await container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE).bumpVersion()
  }
)
