import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BUILTIN_ROLES } from "../../../modules/company"
import { portalSettings } from "../../../lib/portal-settings"
import { recordAuditStep } from "../../audit/steps/record-audit"
import { createCompanyRowsStep, updateCompanyRowsStep } from "../steps/crud"
import {
  ensureLegalEntityForRegistrationStep,
  loadPendingRegistrationStep,
} from "../steps/registration"
import { createInvitationWorkflow } from "./invitations"

const createRequests = createCompanyRowsStep<Record<string, unknown>>("B2bRegistrationRequests")
const updateRequests = updateCompanyRowsStep<{ id: string } & Record<string, unknown>>(
  "B2bRegistrationRequests"
)
/** Records consents to personal-data processing (registration, guest one-click). */
export const createB2bConsents = createCompanyRowsStep<Record<string, unknown>>("B2bConsents")

export type RegistrationInput = {
  inn: string
  kpp?: string | null
  company_name: string
  contact_name: string
  email: string
  phone?: string | null
  comment?: string | null
  consent: { text_version: string; ip?: string | null; user_agent?: string | null }
}

/** A visitor applies for an account for a legal entity; consent is recorded; both sides are notified. */
export const createRegistrationRequestWorkflow = createWorkflow(
  "b2b-create-registration-request",
  (input: RegistrationInput) => {
    const created = createRequests(
      transform({ input }, ({ input }) => {
        const { consent: _c, ...rest } = input
        return [rest]
      })
    )
    const request = transform({ created }, ({ created }) => created[0])
    createB2bConsents(
      transform({ input }, ({ input }) => [
        {
          subject_email: input.email,
          form: "registration",
          text_version: input.consent.text_version,
          ip: input.consent.ip ?? null,
          user_agent: input.consent.user_agent ?? null,
        },
      ])
    )
    emitEventStep({
      eventName: "company.registration_requested",
      data: transform({ request }, ({ request }) => ({ id: request.id })),
    })
    sendNotificationsStep(
      transform({ input, request }, ({ input, request }) => [
        {
          to: input.email,
          channel: "email",
          template: "b2b-registration-received",
          data: { company_name: input.company_name, request_id: request.id },
        },
        {
          to: portalSettings().managerNotificationEmail,
          channel: "email",
          template: "b2b-registration-new",
          data: {
            company_name: input.company_name,
            inn: input.inn,
            contact: input.contact_name,
            email: input.email,
            request_id: request.id,
          },
        },
      ])
    )
    return new WorkflowResponse(request)
  }
)

export type DecideRegistrationInput = {
  id: string
  reason?: string | null
  legal_entity_id?: string | null
  role_id?: string | null
  holding_id?: string | null
  user_id: string
}

/**
 * A manager accepts: the legal entity is created (or an existing one with the same INN/KPP, or the
 * one given, is used) and the applicant is invited to set a password: as owner of a new company,
 * as buyer of an existing one unless a role is given.
 */
export const acceptRegistrationRequestWorkflow = createWorkflow(
  "b2b-accept-registration-request",
  (input: DecideRegistrationInput) => {
    const request = loadPendingRegistrationStep({ id: input.id })
    const target = ensureLegalEntityForRegistrationStep(
      transform({ input, request }, ({ input, request }) => ({
        legal_entity_id: input.legal_entity_id,
        holding_id: input.holding_id,
        request: {
          inn: request.inn,
          kpp: request.kpp ?? null,
          company_name: request.company_name,
          email: request.email,
          phone: request.phone ?? null,
        },
      }))
    )
    const invitation = createInvitationWorkflow.runAsStep({
      input: transform({ input, request, target }, ({ input, request, target }) => ({
        legal_entity_id: target.id,
        email: request.email,
        role_id:
          input.role_id ?? (target.existed ? BUILTIN_ROLES.buyer.id : BUILTIN_ROLES.owner.id),
        actor: { actor_type: "user" as const, actor_id: input.user_id },
      })),
    })
    updateRequests(
      transform({ input, target }, ({ input, target }) => [
        {
          id: input.id,
          status: "accepted",
          legal_entity_id: target.id,
          decided_by_user_id: input.user_id,
          decided_at: new Date(),
          decision_reason: input.reason ?? null,
        },
      ])
    )
    recordAuditStep(
      transform({ input, target }, ({ input, target }) => [
        {
          action: "registration.accepted",
          actor_type: "user" as const,
          actor_id: input.user_id,
          resource_type: "registration_request",
          resource_id: input.id,
          legal_entity_id: target.id,
          data: { created_company: !target.existed },
        },
      ])
    )
    emitEventStep({ eventName: "company.registration_accepted", data: { id: input.id } })
    return new WorkflowResponse(
      transform({ input, target, invitation }, ({ input, target, invitation }) => ({
        id: input.id,
        decision: "accept",
        legal_entity_id: target.id,
        created_company: !target.existed,
        invitation_id: invitation.id,
      }))
    )
  }
)

/** A manager refuses with a reason; the applicant is told. */
export const refuseRegistrationRequestWorkflow = createWorkflow(
  "b2b-refuse-registration-request",
  (input: DecideRegistrationInput) => {
    const request = loadPendingRegistrationStep({ id: input.id })
    updateRequests(
      transform({ input }, ({ input }) => [
        {
          id: input.id,
          status: "refused",
          decided_by_user_id: input.user_id,
          decided_at: new Date(),
          decision_reason: input.reason ?? null,
        },
      ])
    )
    recordAuditStep(
      transform({ input }, ({ input }) => [
        {
          action: "registration.refused",
          actor_type: "user" as const,
          actor_id: input.user_id,
          resource_type: "registration_request",
          resource_id: input.id,
          data: { reason: input.reason ?? null },
        },
      ])
    )
    emitEventStep({ eventName: "company.registration_refused", data: { id: input.id } })
    sendNotificationsStep(
      transform({ input, request }, ({ input, request }) => [
        {
          to: request.email,
          channel: "email",
          template: "b2b-registration-refused",
          data: { company_name: request.company_name, reason: input.reason ?? "" },
        },
      ])
    )
    return new WorkflowResponse({ id: input.id, decision: "refuse" })
  }
)
