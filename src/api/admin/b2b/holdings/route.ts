import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createHoldingWorkflow } from "../../../../workflows/company/workflows/create-holding"
import { assertExecutive, managerScope } from "../../../utils/admin-scope"
import type { AdminCreateHolding } from "./validators"
import type { ListQuery } from "../../../validation/fields"
import type { AdminHoldingListResponse, AdminHoldingResponse } from "../../../../types/company/http"
import type { JsonOf } from "../../../../types/common/http"

/** GET /admin/b2b/holdings: holdings in the manager's scope (with their legal entities). */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, ListQuery>,
  res: MedusaResponse<JsonOf<AdminHoldingListResponse>>
) {
  const scope = await managerScope(req)
  const q = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (!scope.all) filters.id = scope.holding_ids
  if (q.q) filters.name = { $ilike: `%${q.q}%` }
  const { data, metadata } = await query.graph({
    entity: "b2b_holding",
    fields: [
      "id",
      "name",
      "one_c_id",
      "comment",
      "created_at",
      "legal_entities.id",
      "legal_entities.name",
      "legal_entities.inn",
    ],
    filters,
    pagination: { take: q.limit, skip: q.offset, order: { name: "ASC" } },
  })
  res.json({
    holdings: data,
    count: metadata?.count ?? data.length,
    limit: q.limit,
    offset: q.offset,
  })
}

/** POST /admin/b2b/holdings (executive). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateHolding>,
  res: MedusaResponse<JsonOf<AdminHoldingResponse>>
) {
  await assertExecutive(req)
  const { result } = await createHoldingWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ holding: result })
}
