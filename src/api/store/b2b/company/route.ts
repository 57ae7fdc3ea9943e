import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../../modules/company"
import type CompanyModuleService from "../../../../modules/company/service"
import { type B2BRequest, requireContext } from "../../../utils/b2b-context"
import type { StoreCompanyResponse } from "../../../../types/company/http"

const SELLER_PUBLIC = [
  "id",
  "name",
  "full_name",
  "inn",
  "kpp",
  "address",
  "bank_name",
  "bik",
  "account",
  "corr_account",
] as const

/**
 * GET /store/b2b/company: the active counterparty's requisites, its holding, and the seller
 * organization that will issue its orders and documents (its own, else the distributor's default).
 */
export async function GET(req: B2BRequest, res: MedusaResponse<StoreCompanyResponse>) {
  const ctx = requireContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "b2b_legal_entity",
    fields: [
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
      "status",
      "seller_organization_id",
      "holding.id",
      "holding.name",
    ],
    filters: { id: ctx.active.legal_entity_id },
  })
  const company = data[0] as Omit<StoreCompanyResponse["company"], "seller_organization">
  const svc = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [seller] = company.seller_organization_id
    ? await svc.listB2bSellerOrganizations({ id: company.seller_organization_id })
    : await svc.listB2bSellerOrganizations({ is_default: true }, { take: 1 })
  const seller_organization = seller
    ? (Object.fromEntries(SELLER_PUBLIC.map((k) => [k, seller[k] ?? null])) as Pick<
        typeof seller,
        (typeof SELLER_PUBLIC)[number]
      >)
    : null
  res.json({ company: { ...company, seller_organization } })
}
