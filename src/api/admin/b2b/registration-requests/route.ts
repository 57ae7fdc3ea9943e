import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../modules/company"
import type CompanyModuleService from "../../../../modules/company/service"
import type { StatusListQuery } from "../../../validation/fields"
import type { AdminRegistrationRequestListResponse } from "../../../../types/company/http"
import type { JsonOf } from "../../../../types/common/http"

/** GET /admin/b2b/registration-requests?status=pending: applications waiting for a decision. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StatusListQuery>,
  res: MedusaResponse<JsonOf<AdminRegistrationRequestListResponse>>
) {
  const q = req.validatedQuery
  const status = q.status
  const company = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [rows, count] = await company.listAndCountB2bRegistrationRequests(
    status ? { status } : {},
    {
      take: q.limit,
      skip: q.offset,
      order: { created_at: "DESC" },
    }
  )
  res.json({ registration_requests: rows, count, limit: q.limit, offset: q.offset })
}
