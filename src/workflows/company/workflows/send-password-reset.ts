import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { portalSettings } from "../../../lib/portal-settings"

export type SendPasswordResetInput = {
  /** the e-mail the buyer signs in with (Medusa's `entity_id` of the emailpass identity) */
  email: string
  /** Medusa's short-lived reset token (`auth.password_reset`) */
  token: string
}

/**
 * Mails a buyer the link to set a new password after Medusa's reset flow
 * (`POST /auth/customer/emailpass/reset-password` emits `auth.password_reset`): the storefront's
 * `/reset-password/confirm?token=…&email=…`, which sends the new password to
 * `POST /auth/customer/emailpass/update` with the token. Nothing is written but the notification.
 */
export const sendPasswordResetWorkflow = createWorkflow(
  "b2b-send-password-reset",
  (input: SendPasswordResetInput) => {
    const sent = sendNotificationsStep(
      transform({ input }, ({ input }) => [
        {
          to: input.email,
          channel: "email",
          template: "b2b-password-reset",
          data: {
            email: input.email,
            link: `${portalSettings().storefrontUrl}/reset-password/confirm?token=${encodeURIComponent(input.token)}&email=${encodeURIComponent(input.email)}`,
          },
        },
      ])
    )
    return new WorkflowResponse(sent)
  }
)
