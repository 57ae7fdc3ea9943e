import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { assignToSellerOrganizationWorkflow } from "../../../../../../workflows/company/workflows/assign-to-seller-organization"
import { assertExecutive } from "../../../../../utils/admin-scope"
import type { LinkChanges } from "../../validators"
import { assertReferencesExist } from "../../../../../validation/references"
import type { AdminLinkedIdsResponse } from "../../../../../../types/company/http"

async function load(req: AuthenticatedMedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "b2b_seller_organization",
    fields: ["id", "name", "products.id"],
    filters: { id: req.params.id },
  })
  if (!data[0])
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Seller organization with id ${req.params.id} was not found`
    )
  return data[0]
}

/** GET /admin/b2b/seller-organizations/:id/products */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminLinkedIdsResponse>
) {
  const org = await load(req)
  res.json({ ids: (org.products ?? []).map((x: { id: string }) => x.id) })
}

/** POST /admin/b2b/seller-organizations/:id/products {add?: [...ids], remove?: [...ids]} (executive) */
export async function POST(
  req: AuthenticatedMedusaRequest<LinkChanges>,
  res: MedusaResponse<AdminLinkedIdsResponse>
) {
  await assertExecutive(req)
  await load(req)
  await assertReferencesExist(
    req.scope,
    (req.validatedBody.add ?? []).map((id, i) => ({ field: `add[${i}]`, entity: "product", id }))
  )
  await assignToSellerOrganizationWorkflow(req.scope).run({
    input: { seller_organization_id: req.params.id, kind: "product", ...req.validatedBody },
  })
  const org = await load(req)
  res.json({ ids: (org.products ?? []).map((x: { id: string }) => x.id) })
}
