import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../../audit/steps/record-audit"
import { loadPendingRegistrationStep } from "../steps/load-pending-registration"
import { DecideRegistrationInput } from "../utils/registration"
import { updateB2bRegistrationRequestsStep } from "../steps/update-b2b-registration-requests"
import { CompanyEvents } from "../../../modules/company"

/** A manager refuses with a reason; the applicant is told. */
export const refuseRegistrationRequestWorkflow = createWorkflow(
  "b2b-refuse-registration-request",
  (input: DecideRegistrationInput) => {
    const request = loadPendingRegistrationStep({ id: input.id })
    updateB2bRegistrationRequestsStep(
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
    emitEventStep({ eventName: CompanyEvents.REGISTRATION_REQUEST_REFUSED, data: { id: input.id } })
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
    return new WorkflowResponse({ id: input.id, decision: "refuse" as const })
  }
)
