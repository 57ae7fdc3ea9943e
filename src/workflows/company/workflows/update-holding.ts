import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

import { HoldingInput } from "../utils/legal-entities"
import { updateB2bHoldingsStep } from "../steps/update-b2b-holdings"
import { CompanyEvents } from "../../../modules/company"

export const updateHoldingWorkflow = createWorkflow(
  "b2b-update-holding",
  (input: { id: string } & Partial<HoldingInput>) => {
    const rows = transform({ input }, ({ input }) => [input])
    const updated = updateB2bHoldingsStep(rows)
    emitEventStep({ eventName: CompanyEvents.HOLDING_UPDATED, data: { id: input.id } })
    return new WorkflowResponse(updated)
  }
)
