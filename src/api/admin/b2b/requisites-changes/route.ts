import type { RequisitesChangeRow } from "../../../../modules/company/models/requisites-change"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../modules/company"
import type CompanyModuleService from "../../../../modules/company/service"
import { managerScope } from "../../../utils/admin-scope"
import type { StatusListQuery } from "../../../validation/fields"
import type { AdminRequisitesChangeListResponse } from "../../../../types/company/http"
import type { JsonOf } from "../../../../types/common/http"

/** GET /admin/b2b/requisites-changes?status=pending: requests of companies in the manager's scope. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StatusListQuery>,
  res: MedusaResponse<JsonOf<AdminRequisitesChangeListResponse>>
) {
  const scope = await managerScope(req)
  const q = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (q.status) filters.status = q.status
  if (!scope.all) filters.legal_entity_id = scope.legal_entity_ids
  const [rows, count] = await req.scope
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listAndCountB2bRequisitesChanges(filters, {
      take: q.limit,
      skip: q.offset,
      order: { created_at: "DESC" },
    })
  // the json column typed as the workflow writes it
  res.json({
    requisites_changes: rows as unknown as RequisitesChangeRow[],
    count,
    limit: q.limit,
    offset: q.offset,
  })
}
