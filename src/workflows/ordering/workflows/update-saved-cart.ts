import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

import { updateOrdSavedCartsStep } from "../steps/update-ord-saved-carts"

export const updateSavedCartWorkflow = createWorkflow(
  "ordering-update-saved-cart",
  (input: { id: string; name?: string; is_shared?: boolean; note?: string | null }) => {
    const updated = updateOrdSavedCartsStep(transform({ input }, ({ input }) => [{ ...input }]))
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
