import type { MedusaResponse } from "@medusajs/framework/http"
import {
  type B2BRequest,
  canSeeOrder,
  notFound,
  orderOwnership,
  requireContext,
} from "../../../../../utils/b2b-context"
import { shipmentsView } from "../../../../../../workflows/ordering/utils/shipments-view"
import type { StoreOrderShipmentsResponse } from "../../../../../../types/ordering/http"
import type { JsonOf } from "../../../../../../types/common/http"

/** GET /store/b2b/orders/:id/shipments: shipments, planned shipments and line delivery statuses of an own order (404 otherwise). */
export async function GET(
  req: B2BRequest,
  res: MedusaResponse<JsonOf<StoreOrderShipmentsResponse>>
) {
  const ctx = requireContext(req)
  const own = await orderOwnership(req, req.params.id)
  if (!own || !own.legal_entity_id || !canSeeOrder(ctx, ctx.customer_id, own))
    throw notFound("Order", req.params.id)
  const view = (await shipmentsView(req.scope, req.params.id))!
  const { legal_entity_id: _le, ...rest } = view
  res.json(rest)
}
