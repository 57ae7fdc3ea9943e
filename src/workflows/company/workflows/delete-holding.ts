import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

import { softDeleteB2bHoldingsStep } from "../steps/soft-delete-b2b-holdings"
import { CompanyEvents } from "../../../modules/company"

export const deleteHoldingWorkflow = createWorkflow(
  "b2b-delete-holding",
  (input: { id: string }) => {
    softDeleteB2bHoldingsStep(transform({ input }, ({ input }) => [input.id]))
    emitEventStep({ eventName: CompanyEvents.HOLDING_DELETED, data: { id: input.id } })
    return new WorkflowResponse({ id: input.id })
  }
)
