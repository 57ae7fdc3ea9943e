import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents } from "@medusajs/framework/utils"
import { sendPasswordResetWorkflow } from "../workflows/company/workflows/send-password-reset"

/**
 * A buyer asked to reset their password (Medusa's reset flow): the link to the storefront's page goes out by
 * e-mail. Staff users (`actor_type: user`) reset in the admin, not here.
 */
export default async function passwordReset({
  event,
  container,
}: SubscriberArgs<{ entity_id: string; actor_type: string; token: string }>) {
  if (event.data.actor_type !== "customer") return
  await sendPasswordResetWorkflow(container).run({
    input: { email: event.data.entity_id, token: event.data.token },
  })
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
