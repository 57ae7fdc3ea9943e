import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../../audit/steps/record-audit"
import { updateLegalEntityWorkflow } from "./update-legal-entity"
import { loadPendingChangeStep } from "../steps/load-pending-change"
import { updateB2bRequisitesChangesStep } from "../steps/update-b2b-requisites-changes"
import { CompanyEvents } from "../../../modules/company"

/** The manager approves: the legal entity's requisites are updated and the requester is told. */
export const approveRequisitesChangeWorkflow = createWorkflow(
  "b2b-approve-requisites-change",
  (input: { id: string; user_id: string; reason?: string | null }) => {
    const change = loadPendingChangeStep({ id: input.id })
    updateLegalEntityWorkflow.runAsStep({
      input: transform({ change, input }, ({ change, input }) => ({
        id: change.legal_entity_id,
        data: change.changes as Record<string, string>,
        actor: { actor_type: "user" as const, actor_id: input.user_id },
      })),
    })
    updateB2bRequisitesChangesStep(
      transform({ input }, ({ input }) => [
        {
          id: input.id,
          status: "approved",
          decided_by_user_id: input.user_id,
          decided_at: new Date(),
          decision_reason: input.reason ?? null,
        },
      ])
    )
    recordAuditStep(
      transform({ input, change }, ({ input, change }) => [
        {
          action: "requisites.change_approved",
          actor_type: "user" as const,
          actor_id: input.user_id,
          resource_type: "requisites_change",
          resource_id: input.id,
          legal_entity_id: change.legal_entity_id,
          data: { changes: change.changes },
        },
      ])
    )
    emitEventStep({ eventName: CompanyEvents.REQUISITES_CHANGE_APPROVED, data: { id: input.id } })
    return new WorkflowResponse({ id: input.id, status: "approved" as const })
  }
)
