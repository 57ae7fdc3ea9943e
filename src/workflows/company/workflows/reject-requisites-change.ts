import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../../audit/steps/record-audit"
import { loadPendingChangeStep } from "../steps/load-pending-change"
import { updateB2bRequisitesChangesStep } from "../steps/update-b2b-requisites-changes"
import { CompanyEvents } from "../../../modules/company"

export const rejectRequisitesChangeWorkflow = createWorkflow(
  "b2b-reject-requisites-change",
  (input: { id: string; user_id: string; reason?: string | null }) => {
    const change = loadPendingChangeStep({ id: input.id })
    updateB2bRequisitesChangesStep(
      transform({ input }, ({ input }) => [
        {
          id: input.id,
          status: "rejected",
          decided_by_user_id: input.user_id,
          decided_at: new Date(),
          decision_reason: input.reason ?? null,
        },
      ])
    )
    recordAuditStep(
      transform({ input, change }, ({ input, change }) => [
        {
          action: "requisites.change_rejected",
          actor_type: "user" as const,
          actor_id: input.user_id,
          resource_type: "requisites_change",
          resource_id: input.id,
          legal_entity_id: change.legal_entity_id,
          data: { reason: input.reason ?? null },
        },
      ])
    )
    emitEventStep({ eventName: CompanyEvents.REQUISITES_CHANGE_REJECTED, data: { id: input.id } })
    return new WorkflowResponse({ id: input.id, status: "rejected" as const })
  }
)
