import type { WithTypedItems } from "../../modules/after-sales/models/order-request"
import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { permits, STORE_PERMISSION_ROUTES } from "../store-permissions"
import { AFTER_SALES_MODULE, withSortedMessages } from "../../modules/after-sales"
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
  // the json items column typed as createOrderRequestWorkflow writes it
  return withSortedMessages(row as unknown as WithTypedItems<typeof row>)
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
