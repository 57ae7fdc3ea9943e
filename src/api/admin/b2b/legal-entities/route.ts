import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createLegalEntityWorkflow } from "../../../../workflows/company/workflows/create-legal-entity"
import { userActor } from "../../../utils/actor"
import { managerScope, scopeFilter } from "../../../utils/admin-scope"
import type { AdminCreateLegalEntity } from "./validators"
import { assertReferencesExist } from "../../../validation/references"
import type { ListQuery } from "../../../validation/fields"
import type {
  AdminLegalEntityListResponse,
  AdminLegalEntityResponse,
} from "../../../../types/company/http"
import type { JsonOf } from "../../../../types/common/http"

export const LEGAL_ENTITY_FIELDS = [
  "id",
  "name",
  "full_name",
  "inn",
  "kpp",
  "ogrn",
  "legal_address",
  "actual_address",
  "email",
  "phone",
  "one_c_id",
  "status",
  "blocked_reason",
  "seller_organization_id",
  "region_code",
  "created_at",
  "holding.id",
  "holding.name",
]

/** GET /admin/b2b/legal-entities: counterparties in the manager's scope; ?q searches name and INN. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, ListQuery>,
  res: MedusaResponse<JsonOf<AdminLegalEntityListResponse>>
) {
  const scope = await managerScope(req)
  const q = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { ...scopeFilter(scope) }
  if (q.q) filters.$or = [{ name: { $ilike: `%${q.q}%` } }, { inn: { $like: `${q.q}%` } }]
  const { data, metadata } = await query.graph({
    entity: "b2b_legal_entity",
    fields: LEGAL_ENTITY_FIELDS,
    filters,
    pagination: { take: q.limit, skip: q.offset, order: { name: "ASC" } },
  })
  res.json({
    legal_entities: data,
    count: metadata?.count ?? data.length,
    limit: q.limit,
    offset: q.offset,
  })
}

/** POST /admin/b2b/legal-entities: a non-executive creator becomes the company's manager. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateLegalEntity>,
  res: MedusaResponse<JsonOf<AdminLegalEntityResponse>>
) {
  const scope = await managerScope(req)
  await assertReferencesExist(req.scope, [
    { field: "holding_id", entity: "b2b_holding", id: req.validatedBody.holding_id },
    {
      field: "seller_organization_id",
      entity: "b2b_seller_organization",
      id: req.validatedBody.seller_organization_id,
    },
  ])
  const { result } = await createLegalEntityWorkflow(req.scope).run({
    input: {
      legal_entity: req.validatedBody,
      actor: userActor(req),
      assign_manager_user_id: scope.all ? null : scope.user_id,
    },
  })
  res.status(201).json({ legal_entity: result })
}
