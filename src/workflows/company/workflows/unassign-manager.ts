import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../../audit/steps/record-audit"

import { softDeleteB2bManagerAssignmentsStep } from "../steps/soft-delete-b2b-manager-assignments"
import { CompanyEvents } from "../../../modules/company"

export const unassignManagerWorkflow = createWorkflow(
  "b2b-unassign-manager",
  (input: { id: string; by_user_id: string }) => {
    softDeleteB2bManagerAssignmentsStep(transform({ input }, ({ input }) => [input.id]))
    recordAuditStep(
      transform({ input }, ({ input }) => [
        {
          action: "manager.unassigned",
          actor_type: "user" as const,
          actor_id: input.by_user_id,
          resource_type: "manager_assignment",
          resource_id: input.id,
        },
      ])
    )
    emitEventStep({ eventName: CompanyEvents.MANAGER_UNASSIGNED, data: { id: input.id } })
    return new WorkflowResponse({ id: input.id })
  }
)
