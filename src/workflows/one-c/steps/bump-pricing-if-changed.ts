import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRICING_CONTRACT_MODULE } from "../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../modules/pricing-contract/service"

/** Other instances recompile prices only when this batch changed some (an unchanged re-import writes nothing). */
export const bumpPricingIfChangedStep = createStep(
  "one-c-bump-pricing-if-changed",
  async (changed: number, { container }) => {
    if (changed)
      await container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE).bumpVersion()
    return new StepResponse(changed > 0)
  }
)
