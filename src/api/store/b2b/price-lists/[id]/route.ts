import type { MedusaResponse } from "@medusajs/framework/http"
import { PRICING_CONTRACT_MODULE } from "../../../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../../../modules/pricing-contract/service"
import { type B2BRequest, notFound, requireContext } from "../../../../utils/b2b-context"
import { exportView } from "../route"
import type { StorePriceListResponse } from "../../../../../types/pricing/http"
import type { JsonOf } from "../../../../../types/common/http"

export async function loadOwnExport(req: B2BRequest) {
  const ctx = requireContext(req)
  const [e] = await req.scope
    .resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
    .listPcPriceListExports({
      id: req.params.id,
      legal_entity_id: ctx.active.legal_entity_id,
    })
  if (!e) throw notFound("Price list", req.params.id)
  return e
}

/** GET /store/b2b/price-lists/:id: status and progress. */
export async function GET(req: B2BRequest, res: MedusaResponse<JsonOf<StorePriceListResponse>>) {
  res.json({ price_list: exportView(await loadOwnExport(req)) })
}
