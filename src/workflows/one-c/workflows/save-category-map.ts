import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { saveCategoryMapStep } from "../steps/save-category-map"

export const saveCategoryMapWorkflow = createWorkflow(
  "one-c-save-category-map",
  (input: { group_external_id: string; category_ids: string[] }) => {
    return new WorkflowResponse(saveCategoryMapStep(input))
  }
)
