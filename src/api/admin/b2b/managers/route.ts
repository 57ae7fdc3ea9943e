import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assignManagerWorkflow } from "../../../../workflows/company/workflows/assign-manager"
import { assertExecutive, managerScope } from "../../../utils/admin-scope"
import type { AssignManager } from "./validators"
import { assertReferencesExist } from "../../../validation/references"
import type { AdminManagerListResponse, AdminManagerResponse } from "../../../../types/company/http"
import type { JsonOf } from "../../../../types/common/http"

/** GET /admin/b2b/managers: assignments (executives see all, managers their own). */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminManagerListResponse>>
) {
  const scope = await managerScope(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "b2b_manager_assignment",
    fields: [
      "id",
      "user_id",
      "kind",
      "holding_id",
      "legal_entity_id",
      "created_at",
      "user.email",
      "user.first_name",
      "user.last_name",
    ],
    filters: scope.all ? {} : { user_id: scope.user_id },
  })
  res.json({ assignments: data })
}

/** POST /admin/b2b/managers: assign (or reassign) a manager/assistant, or appoint an executive. */
export async function POST(
  req: AuthenticatedMedusaRequest<AssignManager>,
  res: MedusaResponse<JsonOf<AdminManagerResponse>>
) {
  await assertExecutive(req)
  await assertReferencesExist(req.scope, [
    { field: "user_id", entity: "user", id: req.validatedBody.user_id },
    { field: "holding_id", entity: "b2b_holding", id: req.validatedBody.holding_id },
    { field: "legal_entity_id", entity: "b2b_legal_entity", id: req.validatedBody.legal_entity_id },
  ])
  const { result } = await assignManagerWorkflow(req.scope).run({
    input: { ...req.validatedBody, by_user_id: req.auth_context.actor_id },
  })
  res.status(201).json({ assignment: result })
}
