import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { acceptInvitationWorkflow } from "../../../../../workflows/company/workflows/accept-invitation"
import { portalSettings } from "../../../../../lib/portal-settings"
import { clientIp } from "../../../../utils/actor"
import type { B2BRequest } from "../../../../utils/b2b-context"
import type { AcceptInvitation } from "../validators"
import type { StoreInvitationAcceptedResponse } from "../../../../../types/company/http"
import type { JsonOf } from "../../../../../types/common/http"

/**
 * POST /store/b2b/invitations/accept: a new person sets a password; a signed-in person with the
 * invited email joins one more company. Returns the employee; the client then signs in as usual.
 */
export async function POST(
  req: B2BRequest<AcceptInvitation>,
  res: MedusaResponse<JsonOf<StoreInvitationAcceptedResponse>>
) {
  const body = req.validatedBody
  const signedIn = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  if (!signedIn && !body.password)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "password: required to create your account"
    )
  const { result } = await acceptInvitationWorkflow(req.scope).run({
    input: {
      token: body.token,
      password: body.password,
      first_name: body.first_name,
      last_name: body.last_name,
      phone: body.phone,
      signed_in_customer_id: signedIn,
      ip: clientIp(req),
      user_agent: typeof req.headers["user-agent"] === "string" ? req.headers["user-agent"] : null,
      consent_text_version: portalSettings().consentTextVersion,
    },
  })
  res.status(201).json({ employee: result.employee, customer_id: result.customer_id })
}
