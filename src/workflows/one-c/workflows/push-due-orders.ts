import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { pushDueOrdersStep } from "../steps/push-due-orders"

export const pushDueOrdersWorkflow = createWorkflow(
  "one-c-push-due-orders",
  (input: { now: string; limit?: number }) => new WorkflowResponse(pushDueOrdersStep(input))
)
