import type { MedusaResponse } from "@medusajs/framework/http"
import { PRICING_CONTRACT_MODULE } from "../../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../../modules/pricing-contract/service"
import { requestPriceListExportWorkflow } from "../../../../workflows/pricing-contract"
import { type B2BRequest, requireContext } from "../../../utils/b2b-context"
import { pricingContextOf } from "../../../utils/pricing-context"
import type { RequestPriceList } from "./validators"
import type {
  PriceListExport,
  StorePriceListListResponse,
  StorePriceListResponse,
} from "../../../../types/pricing/http"
import type { JsonOf } from "../../../../types/common/http"

export const exportView = (e: any): JsonOf<PriceListExport> => ({
  id: e.id,
  status: e.status,
  format: e.format,
  progress: e.total
    ? Math.min(100, Math.round((100 * e.processed) / e.total))
    : e.status === "done"
      ? 100
      : 0,
  processed: e.processed,
  total: e.total,
  error: e.error,
  file_name: e.file_name,
  download_url: e.status === "done" ? `/store/b2b/price-lists/${e.id}/download` : null,
  created_at: e.created_at,
  finished_at: e.finished_at,
})

/** GET /store/b2b/price-lists: the counterparty's price list downloads. */
export async function GET(
  req: B2BRequest,
  res: MedusaResponse<JsonOf<StorePriceListListResponse>>
) {
  const ctx = requireContext(req)
  const rows = await req.scope
    .resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
    .listPcPriceListExports(
      { legal_entity_id: ctx.active.legal_entity_id },
      {
        take: 50,
        order: { created_at: "DESC" },
      }
    )
  res.json({ price_lists: rows.map(exportView) })
}

/** POST /store/b2b/price-lists {category_ids?, format: "xlsx", region_code?}: generated in the background. */
export async function POST(
  req: B2BRequest<RequestPriceList>,
  res: MedusaResponse<JsonOf<StorePriceListResponse>>
) {
  const ctx = requireContext(req)
  const pc = pricingContextOf(req)
  const { result } = await requestPriceListExportWorkflow(req.scope).run({
    input: {
      legal_entity_id: ctx.active.legal_entity_id,
      holding_id: ctx.active.holding_id,
      customer_id: ctx.customer_id,
      category_ids: req.validatedBody.category_ids ?? null,
      region_code: req.validatedBody.region_code ?? pc.region_code,
      format: req.validatedBody.format,
    },
  })
  res.status(202).json({ price_list: exportView(result) })
}
