import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { linkOrderToCounterpartyStep } from "../steps/link-order-to-counterparty"

export const linkOrderToCounterpartyWorkflow = createWorkflow(
  "b2b-link-order-to-counterparty",
  (input: { order_id: string }) => {
    return new WorkflowResponse(linkOrderToCounterpartyStep(input))
  }
)
