import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { enqueueOrderPushStep } from "../steps/enqueue-order-push"

export const enqueueOrderPushWorkflow = createWorkflow(
  "one-c-enqueue-order-push",
  (input: { order_id: string }) => new WorkflowResponse(enqueueOrderPushStep(input))
)
