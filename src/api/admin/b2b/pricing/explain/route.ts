import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../../modules/company"
import type CompanyModuleService from "../../../../../modules/company/service"
import { resolveVariantPrices } from "../../../../../workflows/pricing-contract/utils"
import { assertLegalEntityInScope } from "../../../../utils/admin-scope"
import type { ExplainQuery } from "../validators"
import type { AdminPriceExplainResponse } from "../../../../../types/pricing/http"

/** GET /admin/b2b/pricing/explain?variant_id&legal_entity_id&quantity: "why this price", with full provenance. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, ExplainQuery>,
  res: MedusaResponse<AdminPriceExplainResponse>
) {
  const q = req.validatedQuery
  let holding: string | null = null
  let region: string | null = q.region_code ?? null
  if (q.legal_entity_id) {
    await assertLegalEntityInScope(req, q.legal_entity_id)
    const [le] = await req.scope
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .listB2bLegalEntities({ id: q.legal_entity_id })
    holding = le?.holding_id ?? null
    region = region ?? le?.region_code ?? null
  }
  const [price] = await resolveVariantPrices(
    req.scope,
    {
      legal_entity_id: q.legal_entity_id ?? null,
      holding_id: holding,
      region_code: region,
      currency_code: "rub",
      quantity: q.quantity,
    },
    [q.variant_id]
  )
  res.json({ price })
}
