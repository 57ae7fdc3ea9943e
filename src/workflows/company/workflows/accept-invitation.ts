import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../../audit/steps/record-audit"

import { createInviteeAccountStep } from "../steps/create-invitee-account"
import { resolveInviteeStep } from "../steps/resolve-invitee"
import { validateInvitationTokenStep } from "../steps/validate-invitation-token"
import { addEmployeeWorkflow } from "./add-employee"
import { updateB2bInvitationsStep } from "../steps/update-b2b-invitations"
import { createB2bConsentsStep } from "../steps/create-b2b-consents"
import { CompanyEvents } from "../../../modules/company"

export type AcceptInvitationInput = {
  token: string
  password?: string
  first_name?: string
  last_name?: string
  phone?: string | null
  signed_in_customer_id?: string | null
  ip?: string | null
  user_agent?: string | null
  consent_text_version: string
}

/**
 * Accepts an invitation: a new person sets a password (customer + emailpass identity are created),
 * or a signed-in customer with the invited email joins one more company. Then the employee is
 * created with the invited role and the token is spent.
 */
export const acceptInvitationWorkflow = createWorkflow(
  "b2b-accept-invitation",
  (input: AcceptInvitationInput) => {
    const invitation = validateInvitationTokenStep({ token: input.token })
    const invitee = resolveInviteeStep(
      transform({ input, invitation }, ({ input, invitation }) => ({
        email: invitation.email,
        signed_in_customer_id: input.signed_in_customer_id ?? null,
      }))
    )
    const account = createInviteeAccountStep(
      transform({ input, invitation, invitee }, ({ input, invitation, invitee }) => ({
        existing_customer_id: invitee.customer_id,
        email: invitation.email,
        password: input.password,
        first_name: input.first_name ?? null,
        last_name: input.last_name ?? null,
        phone: input.phone ?? null,
      }))
    )
    const customerId = transform({ account }, ({ account }) => account.customer_id)
    createB2bConsentsStep(
      transform({ input, invitation, customerId }, ({ input, invitation, customerId }) => [
        {
          subject_email: invitation.email,
          customer_id: customerId,
          form: "invitation",
          text_version: input.consent_text_version,
          ip: input.ip ?? null,
          user_agent: input.user_agent ?? null,
        },
      ])
    )
    const employee = addEmployeeWorkflow.runAsStep({
      input: transform({ invitation, customerId }, ({ invitation, customerId }) => ({
        legal_entity_id: invitation.legal_entity_id,
        customer_id: customerId,
        role_id: invitation.role_id,
        actor: { actor_type: "customer" as const, actor_id: customerId },
      })),
    })
    updateB2bInvitationsStep(
      transform({ invitation, customerId }, ({ invitation, customerId }) => [
        {
          id: invitation.id,
          status: "accepted" as const,
          accepted_at: new Date(),
          accepted_customer_id: customerId,
        },
      ])
    )
    recordAuditStep(
      transform({ invitation, customerId, input }, ({ invitation, customerId, input }) => [
        {
          action: "invitation.accepted",
          actor_type: "customer" as const,
          actor_id: customerId,
          resource_type: "invitation",
          resource_id: invitation.id,
          legal_entity_id: invitation.legal_entity_id,
          ip: input.ip ?? null,
          data: { email: invitation.email, role_id: invitation.role_id },
        },
      ])
    )
    emitEventStep({
      eventName: CompanyEvents.INVITATION_ACCEPTED,
      data: transform({ invitation }, ({ invitation }) => ({ id: invitation.id })),
    })
    return new WorkflowResponse(
      transform({ employee, customerId }, ({ employee, customerId }) => ({
        employee,
        customer_id: customerId,
      }))
    )
  }
)
