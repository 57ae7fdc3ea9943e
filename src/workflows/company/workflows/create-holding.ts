import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

import { HoldingInput } from "../utils/legal-entities"
import { createB2bHoldingsStep } from "../steps/create-b2b-holdings"
import { CompanyEvents } from "../../../modules/company"

export const createHoldingWorkflow = createWorkflow("b2b-create-holding", (input: HoldingInput) => {
  const created = createB2bHoldingsStep(transform({ input }, ({ input }) => [input]))
  const holding = transform({ created }, ({ created }) => created[0])
  emitEventStep({
    eventName: CompanyEvents.HOLDING_CREATED,
    data: transform({ holding }, ({ holding }) => ({ id: holding.id })),
  })
  return new WorkflowResponse(holding)
})
