import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../../../modules/company"
import type CompanyModuleService from "../../../../../modules/company/service"
import { deleteSellerOrganizationWorkflow } from "../../../../../workflows/company/workflows/delete-seller-organization"
import { updateSellerOrganizationWorkflow } from "../../../../../workflows/company/workflows/update-seller-organization"
import { assertExecutive } from "../../../../utils/admin-scope"
import type { UpdateSellerOrganization } from "../validators"
import type {
  AdminSellerOrganizationResponse,
  DeletedResponse,
} from "../../../../../types/company/http"
import type { JsonOf } from "../../../../../types/common/http"

async function load(req: AuthenticatedMedusaRequest) {
  const [org] = await req.scope
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listB2bSellerOrganizations({ id: req.params.id })
  if (!org)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Seller organization with id ${req.params.id} was not found`
    )
  return org
}

export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminSellerOrganizationResponse>>
) {
  res.json({ seller_organization: await load(req) })
}

export async function POST(
  req: AuthenticatedMedusaRequest<UpdateSellerOrganization>,
  res: MedusaResponse<JsonOf<AdminSellerOrganizationResponse>>
) {
  await assertExecutive(req)
  await load(req)
  const { result } = await updateSellerOrganizationWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({ seller_organization: result })
}

export async function DELETE(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<DeletedResponse<"seller_organization">>
) {
  await assertExecutive(req)
  const org = await load(req)
  const used = await req.scope
    .resolve<CompanyModuleService>(COMPANY_MODULE)
    .listB2bLegalEntities({ seller_organization_id: org.id }, { take: 1 })
  if (used.length)
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Counterparties are served by this organization; reassign them first"
    )
  await deleteSellerOrganizationWorkflow(req.scope).run({ input: { id: org.id } })
  res.json({ id: org.id, object: "seller_organization", deleted: true })
}
