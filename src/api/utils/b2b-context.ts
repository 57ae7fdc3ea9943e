import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  PublishableKeyContext,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE, type ActingContext, type Permission } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"

/** Header (or cookie) with which the storefront chooses the counterparty a user acts for. */
export const COUNTERPARTY_HEADER = "x-b2b-counterparty"
export const COUNTERPARTY_COOKIE = "b2b_counterparty"

export type B2BRequest<Body = unknown, Query = Record<string, unknown>> = MedusaRequest<
  Body,
  Query
> & {
  b2b?: ActingContext | null
  /** set by Medusa on /store requests (the publishable key's sales channels) */
  publishable_key_context?: PublishableKeyContext
  auth_context?: {
    actor_id: string
    actor_type: string
    auth_identity_id?: string
    app_metadata?: Record<string, unknown>
    /** Set on tokens minted by a manager's "log in as user" (impersonation). */
    impersonator_user_id?: string
    impersonation_id?: string
  }
}

function requestedCounterparty(req: MedusaRequest): string | undefined {
  const h = req.headers[COUNTERPARTY_HEADER]
  if (typeof h === "string" && h.trim()) return h.trim()
  const cookie = req.headers.cookie
  if (cookie) {
    for (const part of cookie.split(";")) {
      const [k, ...v] = part.trim().split("=")
      if (k === COUNTERPARTY_COOKIE && v.length) return decodeURIComponent(v.join("="))
    }
  }
  return undefined
}

/**
 * Resolves the acting context (customer → employee → active counterparty) once per request and
 * caches it on the request. Unauthenticated requests and customers without any company get null.
 */
export async function loadActingContext(req: B2BRequest): Promise<ActingContext | null> {
  if (req.b2b !== undefined) return req.b2b
  const actor = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  if (!actor) {
    req.b2b = null
    return null
  }
  const company = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  req.b2b = await company.resolveActingContext(actor, requestedCounterparty(req))
  return req.b2b
}

/** Middleware: fills req.b2b for every store request (errors on an unknown requested counterparty). */
export async function actingContextMiddleware(
  req: B2BRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    await loadActingContext(req)
    next()
  } catch (e) {
    next(e)
  }
}

/** The acting context, or a 401/403 when there is none. */
export function requireContext(req: B2BRequest): ActingContext {
  if (!req.auth_context?.actor_id)
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in to continue")
  if (!req.b2b) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Your account is not attached to any company"
    )
  }
  return req.b2b
}

export function hasPermission(ctx: ActingContext | null | undefined, perm: Permission): boolean {
  return !!ctx && ctx.active.permissions.includes(perm)
}

/**
 * Route-level permission check as a middleware factory: every listed permission is required; a
 * nested list means any one of it. Writes are refused for blocked counterparties.
 */
export function requirePermission(...perms: (Permission | Permission[])[]) {
  return async (req: B2BRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const ctx = requireContext(req)
      const missing = perms
        .filter(
          (p) => !(Array.isArray(p) ? p : [p]).some((x) => ctx.active.permissions.includes(x))
        )
        .map((p) => (Array.isArray(p) ? p.join(" or ") : p))
      if (missing.length) {
        throw new MedusaError(
          MedusaError.Types.FORBIDDEN,
          `Your role "${ctx.active.role_name}" lacks the permission ${missing.join(", ")}`
        )
      }
      if (req.method !== "GET" && ctx.active.legal_entity_status === "blocked") {
        throw new MedusaError(
          MedusaError.Types.FORBIDDEN,
          `Counterparty ${ctx.active.legal_entity_name} is blocked`
        )
      }
      next()
    } catch (e) {
      next(e)
    }
  }
}

/** Same as requirePermission, but only for authenticated company members (guests pass through untouched). */
export function requirePermissionForMembers(...perms: Permission[]) {
  const check = requirePermission(...perms)
  return async (req: B2BRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (!req.b2b) return next()
    return check(req, res, next)
  }
}

export const notFound = (what: string, id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with id ${id} was not found`)

/** Legal entity a cart is assembled for (via the link), or null. */
export async function cartOwnership(req: MedusaRequest, cartId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "b2b_legal_entity.id"],
    filters: { id: cartId },
  })
  const cart = data[0] as
    { id: string; customer_id: string | null; b2b_legal_entity?: { id: string } | null } | undefined
  return cart
    ? { customer_id: cart.customer_id, legal_entity_id: cart.b2b_legal_entity?.id ?? null }
    : null
}

export async function orderOwnership(req: MedusaRequest, orderId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "b2b_legal_entity.id"],
    filters: { id: orderId },
  })
  const order = data[0] as
    { id: string; customer_id: string | null; b2b_legal_entity?: { id: string } | null } | undefined
  return order
    ? { customer_id: order.customer_id, legal_entity_id: order.b2b_legal_entity?.id ?? null }
    : null
}

/** The cart must be the caller's, assembled for the counterparty they act for; else 404. */
export async function assertOwnCart(req: B2BRequest, cartId: string) {
  const own = await cartOwnership(req, cartId)
  const me = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  if (
    !own ||
    !me ||
    own.customer_id !== me ||
    (own.legal_entity_id && own.legal_entity_id !== req.b2b?.active.legal_entity_id)
  ) {
    throw notFound("Cart", cartId)
  }
  return own
}

/** May the acting user see this order? Company orders need orders.view_all, or view_own for their own. */
export function canSeeOrder(
  ctx: ActingContext | null | undefined,
  me: string | null,
  own: { customer_id: string | null; legal_entity_id: string | null }
): boolean {
  if (own.legal_entity_id) {
    if (!ctx || ctx.active.legal_entity_id !== own.legal_entity_id) return false
    if (ctx.active.permissions.includes("orders.view_all")) return true
    return ctx.active.permissions.includes("orders.view_own") && !!me && own.customer_id === me
  }
  // A retail/guest order (no company): only its own customer, or anyone with the id if it has none.
  return !own.customer_id || own.customer_id === me
}
