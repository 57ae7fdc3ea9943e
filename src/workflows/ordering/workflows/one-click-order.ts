import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OneClickInput, placeInOneClick } from "../utils/one-click"

/** POST /store/b2b/carts/:id/one-click: places the buyer's cart with the company defaults. */
export const oneClickOrderWorkflow = createWorkflow(
  "ordering-one-click-order",
  (input: OneClickInput) => {
    return new WorkflowResponse(placeInOneClick(input))
  }
)
