import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refuseRegistrationRequestWorkflow } from "../../../../../../workflows/company/workflows/refuse-registration-request"
import type { DecideRegistration } from "../../validators"
import type { AdminRegistrationDecisionResponse } from "../../../../../../types/company/http"

/** POST /admin/b2b/registration-requests/:id/refuse */
export async function POST(
  req: AuthenticatedMedusaRequest<DecideRegistration>,
  res: MedusaResponse<AdminRegistrationDecisionResponse>
) {
  const { result } = await refuseRegistrationRequestWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, user_id: req.auth_context.actor_id },
  })
  res.json({ result })
}
