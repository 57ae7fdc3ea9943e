import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import LegalEntityOrder from "../../../../links/legal-entity-order"
import { type B2BRequest, hasPermission, requireContext } from "../../../utils/b2b-context"

export const ORDER_LIST_FIELDS = [
  "id", "display_id", "status", "created_at", "currency_code", "total", "customer_id", "email", "metadata",
]

/**
 * GET /store/b2b/orders: orders of the active counterparty. With orders.view_all every colleague's
 * order, with orders.view_own only the person's own.
 */
export async function GET(req: B2BRequest, res: MedusaResponse) {
  const ctx = requireContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const q = req.validatedQuery as { limit: number; offset: number; status?: string; customer_id?: string }
  const { data: links } = await query.graph({
    entity: LegalEntityOrder.entryPoint,
    fields: ["order_id"],
    filters: { b2b_legal_entity_id: ctx.active.legal_entity_id },
  })
  const ids = (links as { order_id: string }[]).map((l) => l.order_id)
  if (!ids.length) return res.json({ orders: [], count: 0, limit: q.limit, offset: q.offset })
  const filters: Record<string, unknown> = { id: ids }
  if (!hasPermission(ctx, "orders.view_all")) filters.customer_id = ctx.customer_id
  else if (q.customer_id) filters.customer_id = q.customer_id
  if (q.status) filters.status = q.status
  const { data, metadata } = await query.graph({
    entity: "order",
    fields: ORDER_LIST_FIELDS,
    filters,
    pagination: { take: q.limit, skip: q.offset, order: { created_at: "DESC" } },
  })
  res.json({ orders: data, count: metadata?.count ?? data.length, limit: q.limit, offset: q.offset })
}
