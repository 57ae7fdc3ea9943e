import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCompanyRowsStep } from "../steps/crud"
import { HoldingInput } from "../utils/legal-entities"

const updateB2bHoldings = updateCompanyRowsStep<{ id: string } & Partial<HoldingInput>>(
  "B2bHoldings"
)

export const updateHoldingWorkflow = createWorkflow(
  "b2b-update-holding",
  (input: { id: string } & Partial<HoldingInput>) => {
    const rows = transform({ input }, ({ input }) => [input])
    const updated = updateB2bHoldings(rows)
    emitEventStep({ eventName: "company.holding_updated", data: { id: input.id } })
    return new WorkflowResponse(updated)
  }
)
