import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

import { softDeleteOrdSavedCartsStep } from "../steps/soft-delete-ord-saved-carts"

export const deleteSavedCartWorkflow = createWorkflow(
  "ordering-delete-saved-cart",
  (input: { id: string }) => {
    return new WorkflowResponse(
      softDeleteOrdSavedCartsStep(transform({ input }, ({ input }) => [input.id]))
    )
  }
)
