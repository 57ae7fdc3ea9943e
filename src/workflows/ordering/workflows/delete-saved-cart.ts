import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORDERING_MODULE } from "../../../modules/ordering"
import { softDeleteRowsStep } from "../../common/steps/crud"

const deleteSaved = softDeleteRowsStep(ORDERING_MODULE, "OrdSavedCarts")

export const deleteSavedCartWorkflow = createWorkflow(
  "ordering-delete-saved-cart",
  (input: { id: string }) => {
    return new WorkflowResponse(deleteSaved(transform({ input }, ({ input }) => [input.id])))
  }
)
