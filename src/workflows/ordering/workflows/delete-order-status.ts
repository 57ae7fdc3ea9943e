import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

import { checkStatusChangeStep } from "../steps/check-status-change"
import { softDeleteB2bStatusDefinitionsStep } from "../steps/soft-delete-b2b-status-definitions"

/** Deletes a status: refused for the default status and for a status any order has. */
export const deleteOrderStatusWorkflow = createWorkflow(
  "ordering-delete-order-status",
  (input: { code: string }) => {
    const check = checkStatusChangeStep(
      transform({ input }, ({ input }) => ({ op: "delete" as const, code: input.code }))
    )
    softDeleteB2bStatusDefinitionsStep(transform({ check }, ({ check }) => [check.id!]))
    return new WorkflowResponse(
      transform({ input }, ({ input }) => ({ code: input.code, deleted: true }))
    )
  }
)
