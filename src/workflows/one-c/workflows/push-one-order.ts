import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { pushOneOrderStep } from "../steps/push-one-order"

export const pushOneOrderWorkflow = createWorkflow(
  "one-c-push-one-order",
  (input: { outbox_id: string; now: string; grace_ms: number }) =>
    new WorkflowResponse(pushOneOrderStep(input))
)
