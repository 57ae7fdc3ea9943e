import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { assertReferencesExist } from "../../../../../validation/references"
import { assertLegalEntityInScope, managerScope } from "../../../../../utils/admin-scope"
import { acceptRegistrationRequestWorkflow } from "../../../../../../workflows/company/workflows/accept-registration-request"
import type { DecideRegistration } from "../../validators"
import type { AdminRegistrationDecisionResponse } from "../../../../../../types/company/http"

/** POST /admin/b2b/registration-requests/:id/accept */
export async function POST(
  req: AuthenticatedMedusaRequest<DecideRegistration>,
  res: MedusaResponse<AdminRegistrationDecisionResponse>
) {
  const b = req.validatedBody
  // an existing company to attach the applicant to must exist and be the manager's own client
  await assertReferencesExist(req.scope, [
    { field: "legal_entity_id", entity: "b2b_legal_entity", id: b.legal_entity_id },
    { field: "holding_id", entity: "b2b_holding", id: b.holding_id },
    { field: "role_id", entity: "b2b_role", id: b.role_id },
  ])
  if (b.legal_entity_id) await assertLegalEntityInScope(req, b.legal_entity_id)
  if (b.holding_id) {
    const scope = await managerScope(req)
    if (!scope.all && !scope.holding_ids.includes(b.holding_id))
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `holding_id: holding ${b.holding_id} was not found`
      )
  }
  const { result } = await acceptRegistrationRequestWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, user_id: req.auth_context.actor_id },
  })
  res.json({ result })
}
