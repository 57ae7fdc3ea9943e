import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { portalSettings } from "../../../lib/portal-settings"
import { recordAuditStep } from "../../audit/steps/record-audit"
import { createCompanyRowsStep, updateCompanyRowsStep } from "../steps/crud"
import {
  createInviteeAccountStep,
  ensureInvitableStep,
  mintInvitationTokenStep,
  resolveInviteeStep,
  validateInvitationTokenStep,
} from "../steps/invitations"
import { validateLegalEntityStep, validateRoleForLegalEntityStep } from "../steps/validate"
import { addEmployeeWorkflow, type Actor } from "./employees"

const createB2bInvitations = createCompanyRowsStep<Record<string, unknown>>("B2bInvitations")
const createConsents = createCompanyRowsStep<Record<string, unknown>>("B2bConsents")
const updateB2bInvitations = updateCompanyRowsStep<{
  id: string
  status?: "pending" | "accepted" | "revoked"
  accepted_at?: Date
  accepted_customer_id?: string
}>("B2bInvitations")

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
    const created = createB2bInvitations(
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
      eventName: "invitation.created",
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

export const revokeInvitationWorkflow = createWorkflow(
  "b2b-revoke-invitation",
  (input: { id: string; actor: Actor; legal_entity_id: string }) => {
    const updated = updateB2bInvitations(
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
    emitEventStep({ eventName: "invitation.revoked", data: { id: input.id } })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)

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
    createConsents(
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
    updateB2bInvitations(
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
      eventName: "invitation.accepted",
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
