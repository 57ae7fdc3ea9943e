import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORDERING_MODULE } from "../../../modules/ordering"
import { updateRowsStep } from "../../common/steps/crud"

const updateSaved = updateRowsStep<{ id: string } & Record<string, unknown>>(
  ORDERING_MODULE,
  "OrdSavedCarts"
)

export const updateSavedCartWorkflow = createWorkflow(
  "ordering-update-saved-cart",
  (input: { id: string; name?: string; is_shared?: boolean; note?: string | null }) => {
    const updated = updateSaved(transform({ input }, ({ input }) => [{ ...input }]))
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
