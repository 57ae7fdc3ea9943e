import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Move } from "../utils/cart-counterparty"
import { relinkCartStep } from "../steps/relink-cart"

export const moveCartToCounterpartyWorkflow = createWorkflow(
  "company-move-cart-to-counterparty",
  (input: Move) => {
    relinkCartStep(input)
    return new WorkflowResponse({ cart_id: input.cart_id })
  }
)
