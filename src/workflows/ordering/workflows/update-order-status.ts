import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkStatusChangeStep } from "../steps/check-status-change"
import { type StatusFields } from "../utils/order-statuses-shared"
import { updateB2bStatusDefinitionsStep } from "../steps/update-b2b-status-definitions"

/** Edits a status by code (the code itself is the stable key and does not change). */
export const updateOrderStatusWorkflow = createWorkflow(
  "ordering-update-order-status",
  (input: { code: string; fields: StatusFields }) => {
    const check = checkStatusChangeStep(
      transform({ input }, ({ input }) => ({
        op: "update" as const,
        code: input.code,
        fields: input.fields,
      }))
    )
    // one update of this status plus the former default it demotes
    const updated = updateB2bStatusDefinitionsStep(
      transform({ input, check }, ({ input, check }) => {
        const { code: _code, ...fields } = input.fields as StatusFields & { code?: string }
        if (fields.is_final === false) fields.final_action = null
        return [{ id: check.id!, ...fields }, ...check.demote]
      })
    )
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
