import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../modules/company"
import type CompanyModuleService from "../../../../modules/company/service"
import { createSellerOrganizationWorkflow } from "../../../../workflows/company/workflows/create-seller-organization"
import { assertExecutive } from "../../../utils/admin-scope"
import type { CreateSellerOrganization } from "./validators"
import type {
  AdminSellerOrganizationListResponse,
  AdminSellerOrganizationResponse,
} from "../../../../types/company/http"
import type { JsonOf } from "../../../../types/common/http"

/** GET /admin/b2b/seller-organizations: the distributor's own legal entities (requisites for documents). */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminSellerOrganizationListResponse>>
) {
  const svc = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const rows = await svc.listB2bSellerOrganizations({}, { take: null, order: { name: "ASC" } })
  res.json({ seller_organizations: rows })
}

/** POST /admin/b2b/seller-organizations (executive). */
export async function POST(
  req: AuthenticatedMedusaRequest<CreateSellerOrganization>,
  res: MedusaResponse<JsonOf<AdminSellerOrganizationResponse>>
) {
  await assertExecutive(req)
  const { result } = await createSellerOrganizationWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res.status(201).json({ seller_organization: result })
}
