import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { retryOrderPushStep } from "../steps/retry-order-push"

export const retryOrderPushWorkflow = createWorkflow(
  "one-c-retry-order-push",
  (input: { id: string }) => new WorkflowResponse(retryOrderPushStep(input))
)
