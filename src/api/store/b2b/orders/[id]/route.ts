import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderSource } from "../route"
import { type B2BRequest, canSeeOrder, notFound, orderOwnership, requireContext } from "../../../../utils/b2b-context"

/** GET /store/b2b/orders/:id: one order of the active counterparty (404 for anything else). */
export async function GET(req: B2BRequest, res: MedusaResponse) {
  const ctx = requireContext(req)
  const own = await orderOwnership(req, req.params.id)
  if (!own || !own.legal_entity_id || !canSeeOrder(ctx, ctx.customer_id, own)) throw notFound("Order", req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["*", "items.*", "shipping_address.*", "total", "subtotal", "tax_total", "b2b_legal_entity.id", "b2b_legal_entity.name"],
    filters: { id: req.params.id },
  })
  res.json({ order: { ...(data[0] as any), source: orderSource(data[0] as any) } })
}
