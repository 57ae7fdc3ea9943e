import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { archiveMissingProductsStep } from "../steps/archive-missing-products"

export const archiveMissingProductsWorkflow = createWorkflow(
  "one-c-archive-missing-products",
  (input: { session_id: string }) => {
    return new WorkflowResponse(archiveMissingProductsStep(input))
  }
)
