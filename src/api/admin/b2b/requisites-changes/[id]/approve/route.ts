import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../../../../modules/company"
import type CompanyModuleService from "../../../../../../modules/company/service"
import { approveRequisitesChangeWorkflow } from "../../../../../../workflows/company/workflows/approve-requisites-change"
import { canSeeLegalEntity, managerScope } from "../../../../../utils/admin-scope"
import type { DecideRequisitesChange } from "../../validators"
import type { AdminRequisitesChangeResponse } from "../../../../../../types/company/http"
import type { JsonOf } from "../../../../../../types/common/http"

/** POST /admin/b2b/requisites-changes/:id/approve */
export async function POST(
  req: AuthenticatedMedusaRequest<DecideRequisitesChange>,
  res: MedusaResponse<JsonOf<AdminRequisitesChangeResponse>>
) {
  const scope = await managerScope(req)
  const [row] = await req.scope
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listB2bRequisitesChanges({ id: req.params.id })
  if (!row || !canSeeLegalEntity(scope, row.legal_entity_id)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Requisites change with id ${req.params.id} was not found`
    )
  }
  const { result } = await approveRequisitesChangeWorkflow(req.scope).run({
    input: {
      id: row.id,
      user_id: req.auth_context.actor_id,
      reason: req.validatedBody.reason ?? null,
    },
  })
  res.json({ requisites_change: result })
}
