import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type PurgeInput, purgeStagedStep } from "../steps/purge-staged"

export const purgeStagedWorkflow = createWorkflow("one-c-purge-staged", (input: PurgeInput) => {
  return new WorkflowResponse(purgeStagedStep(input))
})
