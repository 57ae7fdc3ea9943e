import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyClassifierStep, type ClassifierInput } from "../steps/apply-classifier"

/** One batch of classifier objects (groups, properties, price types, warehouses). */
export const applyClassifierWorkflow = createWorkflow(
  "one-c-apply-classifier",
  (input: ClassifierInput) => {
    return new WorkflowResponse(applyClassifierStep(input))
  }
)
