import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BUILTIN_ROLES } from "../../../modules/company"
import { recordAuditStep } from "../../audit/steps/record-audit"
import { ensureLegalEntityForRegistrationStep } from "../steps/ensure-legal-entity-for-registration"
import { loadPendingRegistrationStep } from "../steps/load-pending-registration"
import { createInvitationWorkflow } from "./create-invitation"
import { DecideRegistrationInput } from "../utils/registration"
import { updateB2bRegistrationRequestsStep } from "../steps/update-b2b-registration-requests"
import { CompanyEvents } from "../../../modules/company"

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
    updateB2bRegistrationRequestsStep(
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
    emitEventStep({
      eventName: CompanyEvents.REGISTRATION_REQUEST_ACCEPTED,
      data: { id: input.id },
    })
    return new WorkflowResponse(
      transform({ input, target, invitation }, ({ input, target, invitation }) => ({
        id: input.id,
        decision: "accept" as const,
        legal_entity_id: target.id,
        created_company: !target.existed,
        invitation_id: invitation.id,
      }))
    )
  }
)
