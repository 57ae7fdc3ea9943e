import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../../audit/steps/record-audit"

import { createB2bManagerAssignmentsStep } from "../steps/create-b2b-manager-assignments"
import { CompanyEvents } from "../../../modules/company"

export type AssignManagerInput = {
  user_id: string
  kind: "manager" | "assistant" | "executive"
  holding_id?: string | null
  legal_entity_id?: string | null
  by_user_id: string
}

export const assignManagerWorkflow = createWorkflow(
  "b2b-assign-manager",
  (input: AssignManagerInput) => {
    const created = createB2bManagerAssignmentsStep(
      transform({ input }, ({ input }) => [
        {
          user_id: input.user_id,
          kind: input.kind,
          holding_id: input.holding_id ?? null,
          legal_entity_id: input.legal_entity_id ?? null,
        },
      ])
    )
    const assignment = transform({ created }, ({ created }) => created[0])
    recordAuditStep(
      transform({ input, assignment }, ({ input, assignment }) => [
        {
          action: "manager.assigned",
          actor_type: "user" as const,
          actor_id: input.by_user_id,
          resource_type: "manager_assignment",
          resource_id: assignment.id,
          legal_entity_id: input.legal_entity_id ?? null,
          data: { user_id: input.user_id, kind: input.kind, holding_id: input.holding_id ?? null },
        },
      ])
    )
    emitEventStep({
      eventName: CompanyEvents.MANAGER_ASSIGNED,
      data: transform({ assignment }, ({ assignment }) => ({ id: assignment.id })),
    })
    return new WorkflowResponse(assignment)
  }
)
