import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORDERING_MODULE } from "../../../modules/ordering"
import { softDeleteRowsStep } from "../../common/steps/crud"
import { checkStatusChangeStep } from "../steps/check-status-change"

const deleteStatuses = softDeleteRowsStep(ORDERING_MODULE, "B2bStatusDefinitions")

/** Deletes a status: refused for the default status and for a status any order has. */
export const deleteOrderStatusWorkflow = createWorkflow(
  "ordering-delete-order-status",
  (input: { code: string }) => {
    const check = checkStatusChangeStep(
      transform({ input }, ({ input }) => ({ op: "delete" as const, code: input.code }))
    )
    deleteStatuses(transform({ check }, ({ check }) => [check.id!]))
    return new WorkflowResponse(
      transform({ input }, ({ input }) => ({ code: input.code, deleted: true }))
    )
  }
)
