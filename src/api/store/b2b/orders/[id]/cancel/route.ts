import type { MedusaResponse } from "@medusajs/framework/http"
import { cancelB2bOrderWorkflow } from "../../../../../../workflows/ordering/workflows/cancel-b2b-order"
import {
  type B2BRequest,
  canSeeOrder,
  notFound,
  orderOwnership,
  requireContext,
} from "../../../../../utils/b2b-context"
import type { StoreCancelOrderResponse } from "../../../../../../types/ordering/http"

/**
 * POST /store/b2b/orders/:id/cancel: a member with orders.cancel cancels an order of the acting
 * counterparty that is still new (cancelB2bOrderWorkflow; 400 with the reason otherwise). Another
 * company's order, or one the member cannot see: 404.
 */
export async function POST(req: B2BRequest, res: MedusaResponse<StoreCancelOrderResponse>) {
  const ctx = requireContext(req)
  const own = await orderOwnership(req, req.params.id)
  if (!own || !own.legal_entity_id || !canSeeOrder(ctx, ctx.customer_id, own))
    throw notFound("Order", req.params.id)
  const { result } = await cancelB2bOrderWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      customer_id: ctx.customer_id,
      legal_entity_id: own.legal_entity_id,
      impersonator_user_id: req.auth_context?.impersonator_user_id ?? null,
    },
  })
  res.json({ order_id: result.order_id, status: result.status, canceled: true })
}
