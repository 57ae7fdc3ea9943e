import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashInvitationToken, newInvitationToken } from "../../../modules/company"
import { portalSettings } from "../../../lib/portal-settings"

/** Mints a random token; only its hash is ever stored. */
export const mintInvitationTokenStep = createStep("b2b-mint-invitation-token", async () => {
  const token = newInvitationToken()
  const expires_at = new Date(Date.now() + portalSettings().invitationTtlDays * 24 * 3600 * 1000)
  return new StepResponse({ token, token_hash: hashInvitationToken(token), expires_at })
})
