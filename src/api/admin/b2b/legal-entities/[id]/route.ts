import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateLegalEntityWorkflow } from "../../../../../workflows/company/workflows/update-legal-entity"
import { userActor } from "../../../../utils/actor"
import { assertLegalEntityInScope } from "../../../../utils/admin-scope"
import type { AdminUpdateLegalEntity } from "../validators"
import { LEGAL_ENTITY_FIELDS } from "../route"
import { assertReferencesExist } from "../../../../validation/references"
import type {
  AdminLegalEntityDetailResponse,
  AdminLegalEntityResponse,
} from "../../../../../types/company/http"
import type { JsonOf } from "../../../../../types/common/http"

export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminLegalEntityDetailResponse>>
) {
  await assertLegalEntityInScope(req, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "b2b_legal_entity",
    fields: [...LEGAL_ENTITY_FIELDS, "employees.*"],
    filters: { id: req.params.id },
  })
  const { data: managers } = await query.graph({
    entity: "b2b_manager_assignment",
    fields: ["id", "kind", "user_id", "user.email", "user.first_name", "user.last_name"],
    filters: { legal_entity_id: req.params.id },
  })
  if (!data[0])
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Legal entity with id ${req.params.id} was not found`
    )
  res.json({ legal_entity: { ...data[0], managers } })
}

/** POST /admin/b2b/legal-entities/:id: edit requisites, block/unblock (audited). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateLegalEntity>,
  res: MedusaResponse<JsonOf<AdminLegalEntityResponse>>
) {
  await assertLegalEntityInScope(req, req.params.id)
  await assertReferencesExist(req.scope, [
    { field: "holding_id", entity: "b2b_holding", id: req.validatedBody.holding_id },
    {
      field: "seller_organization_id",
      entity: "b2b_seller_organization",
      id: req.validatedBody.seller_organization_id,
    },
  ])
  const { result } = await updateLegalEntityWorkflow(req.scope).run({
    input: { id: req.params.id, data: req.validatedBody, actor: userActor(req) },
  })
  res.json({ legal_entity: result })
}
