import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bumpPricingVersionStep } from "../steps/bump-pricing-version"
import { upsertVariantPricesStep, type VariantPriceRow } from "../steps/upsert-variant-prices"
import { PricingEvents } from "../../../modules/pricing-contract"

/** Sets prices of many variants in many price types (1C offers, admin grid) in one workflow. */
export const setVariantPricesWorkflow = createWorkflow(
  "pricing-set-variant-prices",
  (input: { prices: VariantPriceRow[] }) => {
    const result = upsertVariantPricesStep(input.prices)
    bumpPricingVersionStep()
    emitEventStep({
      eventName: PricingEvents.VARIANT_PRICES_UPDATED,
      data: transform({ input }, ({ input }) => ({ count: input.prices.length })),
    })
    return new WorkflowResponse(result)
  }
)
