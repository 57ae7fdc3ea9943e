import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderSource } from "../route"
import {
  buyerCode,
  effectiveCode,
  loadStates,
  loadStatuses,
  publicHistory,
  publicStatus,
} from "../../../../../modules/ordering"
import { moneyFields } from "../../../../../workflows/common/utils/money"
import { moneyView } from "../../../../../workflows/pricing-contract/utils/cart-views"
import {
  type B2BRequest,
  canSeeOrder,
  notFound,
  orderOwnership,
  requireContext,
} from "../../../../utils/b2b-context"
import type { StoreOrderResponse } from "../../../../../types/ordering/http"
import { cancelChecks } from "../../../../../workflows/ordering/utils/cancel-check"

/** GET /store/b2b/orders/:id: one order of the active counterparty (404 for anything else). */
export async function GET(req: B2BRequest, res: MedusaResponse<StoreOrderResponse>) {
  const ctx = requireContext(req)
  const own = await orderOwnership(req, req.params.id)
  if (!own || !own.legal_entity_id || !canSeeOrder(ctx, ctx.customer_id, own))
    throw notFound("Order", req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "*",
      "items.*",
      "shipping_address.*",
      "total",
      "subtotal",
      "tax_total",
      "b2b_legal_entity.id",
      "b2b_legal_entity.name",
      ...moneyFields(),
    ],
    filters: { id: req.params.id },
  })
  const statuses = await loadStatuses(req.scope)
  const byCode = new Map(statuses.map((s) => [s.code, s]))
  const state = (await loadStates(req.scope, [req.params.id])).get(req.params.id)
  const code = buyerCode(effectiveCode(data[0], state, statuses), state, byCode)
  const mayCancel = ctx.active.permissions.includes("orders.cancel")
  const cancel = mayCancel
    ? (await cancelChecks(req.scope, [req.params.id])).get(req.params.id)
    : undefined
  res.json({
    order: {
      ...data[0],
      source: orderSource(data[0]),
      b2b_status: publicStatus(byCode.get(code), code),
      b2b_status_history: publicHistory(state, byCode),
      b2b_totals: moneyView(data[0]),
      can_cancel: mayCancel && !!cancel && !cancel.refusal,
      cancel_refusal: cancel?.refusal ?? null,
    },
  })
}
