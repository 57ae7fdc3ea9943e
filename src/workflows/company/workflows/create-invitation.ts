import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { portalSettings } from "../../../lib/portal-settings"
import { recordAuditStep } from "../../audit/steps/record-audit"

import { ensureInvitableStep } from "../steps/ensure-invitable"
import { mintInvitationTokenStep } from "../steps/mint-invitation-token"
import { validateLegalEntityStep } from "../steps/validate-legal-entity"
import { validateRoleForLegalEntityStep } from "../steps/validate-role-for-legal-entity"
import { type Actor } from "../utils/employees"
import { createB2bInvitationsStep } from "../steps/create-b2b-invitations"
import { CompanyEvents } from "../../../modules/company"

export type CreateInvitationInput = {
  legal_entity_id: string
  email: string
  role_id: string
  actor: Actor
}

/** Invites a person by email into a legal entity: a single-use, hashed, expiring token sent by email. */
export const createInvitationWorkflow = createWorkflow(
  "b2b-create-invitation",
  (input: CreateInvitationInput) => {
    const le = validateLegalEntityStep({ legal_entity_id: input.legal_entity_id })
    const role = validateRoleForLegalEntityStep({
      role_id: input.role_id,
      legal_entity_id: input.legal_entity_id,
    })
    ensureInvitableStep({ email: input.email, legal_entity_id: input.legal_entity_id })
    const minted = mintInvitationTokenStep()
    const created = createB2bInvitationsStep(
      transform({ input, minted }, ({ input, minted }) => [
        {
          legal_entity_id: input.legal_entity_id,
          email: input.email,
          role_id: input.role_id,
          token_hash: minted.token_hash,
          expires_at: minted.expires_at,
          invited_by_customer_id:
            input.actor.actor_type === "customer" ? input.actor.actor_id : null,
          invited_by_user_id: input.actor.actor_type === "user" ? input.actor.actor_id : null,
        },
      ])
    )
    const invitation = transform({ created }, ({ created }) => created[0])
    recordAuditStep(
      transform({ input, invitation }, ({ input, invitation }) => [
        {
          action: "invitation.created",
          ...input.actor,
          resource_type: "invitation",
          resource_id: invitation.id,
          legal_entity_id: input.legal_entity_id,
          data: { email: input.email, role_id: input.role_id },
        },
      ])
    )
    emitEventStep({
      eventName: CompanyEvents.INVITATION_CREATED,
      data: transform({ invitation }, ({ invitation }) => ({ id: invitation.id })),
    })
    sendNotificationsStep(
      transform({ input, minted, le, role }, ({ input, minted, le, role }) => [
        {
          to: input.email,
          channel: "email",
          template: "b2b-invitation",
          data: {
            company_name: le.name,
            role_name: role.name,
            expires_at: new Date(minted.expires_at).toISOString(),
            link: `${portalSettings().storefrontUrl}/invite?token=${encodeURIComponent(minted.token)}`,
          },
        },
      ])
    )
    return new WorkflowResponse(invitation)
  }
)
