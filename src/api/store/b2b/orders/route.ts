import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import LegalEntityOrder from "../../../../links/legal-entity-order"
import { type B2BRequest, hasPermission, requireContext } from "../../../utils/b2b-context"
import {
  buyerCode,
  effectiveCode,
  loadStates,
  loadStatuses,
  publicHistory,
  publicStatus,
} from "../../../../modules/ordering"
import type { StoreOrdersQuery } from "./validators"
import type { StoreOrderListResponse } from "../../../../types/ordering/http"

export const ORDER_LIST_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "currency_code",
  "total",
  "customer_id",
  "email",
  "metadata",
]

/**
 * GET /store/b2b/orders: orders of the active counterparty. With orders.view_all every colleague's
 * order, with orders.view_own only the person's own.
 */
export const orderSource = (o: { metadata?: Record<string, unknown> | null }) =>
  o.metadata?.offline ? "offline" : "online"

/**
 * GET /store/b2b/orders: orders of the active counterparty, newest first. With orders.view_all every
 * colleague's order, with orders.view_own only the person's own. Filters: status (one or several),
 * from/to dates, number (portal or 1C number), source online/offline, active. Each order says whether
 * it was placed online or in 1C (`source`) and its B2B status (`b2b_status`, `b2b_status_history`).
 */
export async function GET(
  req: B2BRequest<unknown, StoreOrdersQuery>,
  res: MedusaResponse<StoreOrderListResponse>
) {
  const ctx = requireContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const q = req.validatedQuery
  const { data: links } = await query.graph({
    entity: LegalEntityOrder.entryPoint,
    fields: ["order_id"],
    filters: { b2b_legal_entity_id: ctx.active.legal_entity_id },
  })
  const ids = (links as { order_id: string }[]).map((l) => l.order_id)
  const empty = () => res.json({ orders: [], count: 0, limit: q.limit, offset: q.offset })
  if (!ids.length) return empty()
  const filters: Record<string, unknown> = { id: ids }
  if (!hasPermission(ctx, "orders.view_all")) filters.customer_id = ctx.customer_id
  else if (q.customer_id) filters.customer_id = q.customer_id
  // B2B statuses (configurable): `status` takes B2B codes (Medusa's own statuses still work for
  // values that are not B2B codes); `active` = not in a final B2B status
  const statuses = await loadStatuses(req.scope)
  const byCode = new Map(statuses.map((s) => [s.code, s]))
  const wanted = q.status ? (Array.isArray(q.status) ? q.status : [q.status]) : []
  const b2bWanted = wanted.filter((w) => byCode.has(w))
  const medusaWanted = wanted.filter((w) => !byCode.has(w))
  if (b2bWanted.length || q.active === "true" || q.active === "false") {
    const [{ data: rows }, states] = await Promise.all([
      query.graph({ entity: "order", fields: ["id", "status"], filters: { id: ids } }),
      loadStates(req.scope, ids),
    ])
    const keep = (rows as { id: string; status: string }[]).filter((o) => {
      const code = effectiveCode(o, states.get(o.id), statuses)
      // buyers match on what they are shown (a status hidden from them reads as the previous one)
      if (
        wanted.length &&
        !b2bWanted.includes(buyerCode(code, states.get(o.id), byCode)) &&
        !medusaWanted.includes(o.status)
      )
        return false
      if (q.active === "true" && byCode.get(code)?.is_final) return false
      if (q.active === "false" && !byCode.get(code)?.is_final) return false
      return true
    })
    if (!keep.length) return empty()
    filters.id = keep.map((o) => o.id)
  } else if (medusaWanted.length) filters.status = medusaWanted
  const created: Record<string, Date> = {}
  if (q.from) created.$gte = new Date(q.from)
  if (q.to) created.$lt = new Date(new Date(q.to.slice(0, 10)).getTime() + 86_400_000)
  if (Object.keys(created).length) filters.created_at = created
  if (q.number) {
    const digits = q.number.replace(/^B2B-?/i, "")
    if (/^\d+$/.test(digits) && Number(digits) < 2 ** 31)
      filters.$or = [{ display_id: Number(digits) }, { metadata: { one_c_number: q.number } }]
    else filters.metadata = { one_c_number: q.number }
  }
  if (q.source === "offline")
    filters.metadata = { ...((filters.metadata as object) ?? {}), offline: true }
  const { data, metadata } = await query.graph({
    entity: "order",
    fields: ORDER_LIST_FIELDS,
    filters,
    pagination: {
      take: q.source === "online" ? 10_000 : q.limit,
      skip: q.source === "online" ? 0 : q.offset,
      order: { created_at: "DESC" },
    },
  })
  const pageStates = await loadStates(
    req.scope,
    data.map((o) => o.id)
  )
  let orders = data.map((o) => ({
    ...o,
    source: orderSource(o),
    b2b_status: ((c) => publicStatus(byCode.get(c), c))(
      buyerCode(effectiveCode(o, pageStates.get(o.id), statuses), pageStates.get(o.id), byCode)
    ),
    b2b_status_history: publicHistory(pageStates.get(o.id), byCode),
  }))
  let count = metadata?.count ?? orders.length
  if (q.source === "online") {
    // "not offline" has no direct filter on JSON metadata: filter here, then page
    orders = orders.filter((o) => o.source === "online")
    count = orders.length
    orders = orders.slice(q.offset, q.offset + q.limit)
  }
  res.json({ orders, count, limit: q.limit, offset: q.offset })
}
