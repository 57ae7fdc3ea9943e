import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CmlProduct } from "../../../modules/one-c"
import { applyProductsStep } from "../steps/apply-products"

/** One batch (≤ 500) of products. */
export const applyProductsWorkflow = createWorkflow(
  "one-c-apply-products",
  (input: { session_id: string; products: CmlProduct[]; dir?: string }) => {
    return new WorkflowResponse(applyProductsStep(input))
  }
)
