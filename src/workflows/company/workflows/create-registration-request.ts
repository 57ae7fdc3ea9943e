import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { portalSettings } from "../../../lib/portal-settings"

import { createB2bConsentsStep } from "../steps/create-b2b-consents"
import { createB2bRegistrationRequestsStep } from "../steps/create-b2b-registration-requests"
import { CompanyEvents } from "../../../modules/company"

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
    const created = createB2bRegistrationRequestsStep(
      transform({ input }, ({ input }) => {
        const { consent: _c, ...rest } = input
        return [rest]
      })
    )
    const request = transform({ created }, ({ created }) => created[0])
    createB2bConsentsStep(
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
      eventName: CompanyEvents.REGISTRATION_REQUEST_CREATED,
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
