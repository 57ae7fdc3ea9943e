import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bumpPricingVersionStep } from "../steps/bump-pricing-version"

/** Catalog changes that affect resolution (categories, product attributes) only need a new version. */
export const invalidatePricingWorkflow = createWorkflow("pricing-invalidate", () => {
  bumpPricingVersionStep()
  return new WorkflowResponse(true)
})
