import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { permits, STORE_PERMISSION_ROUTES } from "../store-permissions"
import { AFTER_SALES_MODULE } from "../../modules/after-sales"
import type AfterSalesModuleService from "../../modules/after-sales/service"
import {
  type B2BRequest,
  canSeeOrder,
  hasPermission,
  notFound,
  orderOwnership,
  requireContext,
} from "./b2b-context"

export const afterSales = (req: { scope: any }) =>
  req.scope.resolve(AFTER_SALES_MODULE) as AfterSalesModuleService

/** The permission of a route of the table, checked again here so the order of middlewares never matters. */
function routePermission(req: B2BRequest, matcher: string) {
  const ctx = requireContext(req)
  const route = STORE_PERMISSION_ROUTES.find(
    (r) => r.matcher === matcher && r.method === req.method
  )
  if (route && !permits(ctx.active.permissions, route.permission)) {
    const need = Array.isArray(route.permission) ? route.permission.join(" or ") : route.permission
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `Your role "${ctx.active.role_name}" lacks the permission ${need}`
    )
  }
  return ctx
}

/**
 * Middleware: the route's permission (from the table, checked here too so the order of middlewares
 * never matters), then the order of `:id` must be visible to the caller: 404 otherwise, before any body check.
 */
export async function requireVisibleOrder(
  req: B2BRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const ctx = routePermission(req, "/store/b2b/orders/:id/requests")
    const own = await orderOwnership(req, req.params.id)
    if (!own || !own.legal_entity_id || !canSeeOrder(ctx, ctx.customer_id, own))
      throw notFound("Order", req.params.id)
    next()
  } catch (e) {
    next(e)
  }
}

/** Filters limiting requests to what the caller may see: the active counterparty, own ones without orders.view_all. */
export function visibleRequestFilters(req: B2BRequest): Record<string, unknown> {
  const ctx = requireContext(req)
  const f: Record<string, unknown> = { legal_entity_id: ctx.active.legal_entity_id }
  if (!hasPermission(ctx, "orders.view_all")) f.customer_id = ctx.customer_id
  return f
}

/** A request visible to the caller, with its conversation (404 for anything else). */
export async function visibleRequest(req: B2BRequest, id: string) {
  const [row] = await afterSales(req).listB2bOrderRequests(
    { ...visibleRequestFilters(req), id },
    { take: 1, relations: ["messages"] }
  )
  if (!row) throw notFound("Request", id)
  return withSortedMessages(row)
}

export function withSortedMessages<T extends { messages?: any[] }>(row: T): T {
  return {
    ...row,
    messages: [...(row.messages ?? [])].sort(
      (a, b) => +new Date(a.created_at) - +new Date(b.created_at)
    ),
  }
}

/** The Medusa return created for a request (status and items), if any. */
export async function returnOf(req: { scope: any }, returnId: string | null | undefined) {
  if (!returnId) return null
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "return",
    fields: [
      "id",
      "status",
      "display_id",
      "requested_at",
      "received_at",
      "items.item_id",
      "items.quantity",
      "items.reason_id",
      "items.note",
    ],
    filters: { id: returnId },
  })
  return data[0] ?? null
}

/** Adds the counterparty's name and the author's name and e-mail to requests (manager views). */
export async function describeRequests<
  T extends { legal_entity_id: string | null; customer_id: string },
>(req: { scope: any }, rows: T[]) {
  if (!rows.length) return []
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const leIds = [...new Set(rows.map((r) => r.legal_entity_id).filter(Boolean))] as string[]
  const custIds = [...new Set(rows.map((r) => r.customer_id))]
  const [{ data: les }, { data: custs }] = await Promise.all([
    leIds.length
      ? query.graph({ entity: "b2b_legal_entity", fields: ["id", "name"], filters: { id: leIds } })
      : Promise.resolve({ data: [] }),
    query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name"],
      filters: { id: custIds },
    }),
  ])
  const le = new Map((les as { id: string; name: string }[]).map((l) => [l.id, l.name]))
  const cu = new Map(
    (
      custs as {
        id: string
        email: string
        first_name: string | null
        last_name: string | null
      }[]
    ).map((c) => [c.id, c])
  )
  return rows.map((r) => {
    const c = cu.get(r.customer_id)
    return {
      ...r,
      legal_entity_name: (r.legal_entity_id && le.get(r.legal_entity_id)) ?? null,
      customer: c
        ? {
            id: c.id,
            email: c.email,
            name: [c.first_name, c.last_name].filter(Boolean).join(" ") || null,
          }
        : null,
    }
  })
}

/** Middleware: the request of `:id` must be visible to the caller (404 before any body check). */
export async function requireVisibleRequest(
  req: B2BRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    routePermission(req, "/store/b2b/requests/:id/messages")
    const [row] = await afterSales(req).listB2bOrderRequests(
      { ...visibleRequestFilters(req), id: req.params.id },
      { take: 1, select: ["id"] }
    )
    if (!row) throw notFound("Request", req.params.id)
    next()
  } catch (e) {
    next(e)
  }
}
