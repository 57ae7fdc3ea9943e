import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../../audit/steps/record-audit"
import { type Actor } from "../utils/employees"
import { updateB2bInvitationsStep } from "../steps/update-b2b-invitations"
import { CompanyEvents } from "../../../modules/company"

export const revokeInvitationWorkflow = createWorkflow(
  "b2b-revoke-invitation",
  (input: { id: string; actor: Actor; legal_entity_id: string }) => {
    const updated = updateB2bInvitationsStep(
      transform({ input }, ({ input }) => [{ id: input.id, status: "revoked" as const }])
    )
    recordAuditStep(
      transform({ input }, ({ input }) => [
        {
          action: "invitation.revoked",
          ...input.actor,
          resource_type: "invitation",
          resource_id: input.id,
          legal_entity_id: input.legal_entity_id,
        },
      ])
    )
    emitEventStep({ eventName: CompanyEvents.INVITATION_REVOKED, data: { id: input.id } })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
