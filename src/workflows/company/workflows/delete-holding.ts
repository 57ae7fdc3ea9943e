import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { softDeleteCompanyRowsStep } from "../steps/crud"

const deleteB2bHoldings = softDeleteCompanyRowsStep("B2bHoldings")

export const deleteHoldingWorkflow = createWorkflow(
  "b2b-delete-holding",
  (input: { id: string }) => {
    deleteB2bHoldings(transform({ input }, ({ input }) => [input.id]))
    emitEventStep({ eventName: "company.holding_deleted", data: { id: input.id } })
    return new WorkflowResponse({ id: input.id })
  }
)
