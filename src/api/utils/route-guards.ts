import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MiddlewareRoute, MiddlewareVerb } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../modules/company"
import { AFTER_SALES_MODULE } from "../../modules/after-sales"
import { CREDIT_MODULE } from "../../modules/credit"
import { DOCUMENTS_MODULE } from "../../modules/documents"
import type CompanyModuleService from "../../modules/company/service"
import type { Permission } from "../../modules/company/permissions"
import { ROUTE_INVENTORY, type ObjectRef, type RouteEntry } from "../route-inventory"
import { managerScope, type ManagerScope } from "./admin-scope"
import {
  cartOwnership,
  canSeeOrder,
  orderOwnership,
  requirePermissionForMembers,
  type B2BRequest,
} from "./b2b-context"

type Req = MedusaRequest & { auth_context?: { actor_id: string; actor_type: string } }
type Graph = { graph: (q: Record<string, unknown>) => Promise<{ data: any[] }> }

const NAMES: Record<string, string> = {
  cart: "Cart",
  order: "Order",
  payment_collection: "Payment collection",
  customer: "Customer",
  return: "Return",
  claim: "Claim",
  exchange: "Exchange",
  order_change: "Order change",
  payment: "Payment",
  fulfillment: "Fulfillment",
}
const notFound = (kind: string, id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `${NAMES[kind] ?? kind} with id ${id} was not found`)

const query = (req: MedusaRequest) => req.scope.resolve<Graph>(ContainerRegistrationKeys.QUERY)
const customerOf = (req: Req) =>
  req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null

function refValue(req: MedusaRequest, ref: ObjectRef): string | undefined {
  const src =
    ref.where === "path"
      ? req.params
      : ref.where === "query"
        ? req.query
        : (req.body as Record<string, unknown> | undefined)
  const v = src?.[ref.key]
  return typeof v === "string" && v ? v : undefined
}

// ---------- buyer side: the object must belong to the caller and the counterparty they act for ----------

async function storeCartVisible(req: B2BRequest, cartId: string) {
  const own = await cartOwnership(req, cartId)
  if (!own) return true // unknown ids: Medusa answers its own 404
  const me = customerOf(req)
  if (own.customer_id && own.customer_id !== me) return false
  return !own.legal_entity_id || own.legal_entity_id === req.b2b?.active.legal_entity_id
}

async function storeOrderVisible(req: B2BRequest, orderId: string) {
  const own = await orderOwnership(req, orderId)
  return !own || canSeeOrder(req.b2b, customerOf(req), own)
}

async function storePaymentCollectionVisible(req: B2BRequest, id: string) {
  const [{ data: carts }, { data: orders }] = await Promise.all([
    query(req).graph({
      entity: "cart_payment_collection",
      fields: ["cart_id"],
      filters: { payment_collection_id: id },
    }),
    query(req).graph({
      entity: "order_payment_collection",
      fields: ["order_id"],
      filters: { payment_collection_id: id },
    }),
  ])
  for (const c of carts) if (!(await storeCartVisible(req, c.cart_id))) return false
  for (const o of orders) if (!(await storeOrderVisible(req, o.order_id))) return false
  return true
}

const STORE_RESOLVERS: Record<string, (req: B2BRequest, id: string) => Promise<boolean>> = {
  cart: storeCartVisible,
  order: storeOrderVisible,
  payment_collection: storePaymentCollectionVisible,
}

// ---------- manager side: the object must belong to one of the manager's companies ----------

/** Legal entities a customer works for (none: a retail/guest customer, visible to every manager). */
async function customerLegalEntities(
  req: MedusaRequest,
  customerId: string | null | undefined
): Promise<string[]> {
  if (!customerId) return []
  const company = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const emps = await company.listB2bEmployees(
    { customer_id: customerId },
    { select: ["legal_entity_id"], take: 1000 }
  )
  return [...new Set(emps.map((e: any) => e.legal_entity_id as string))]
}

const inScope = (scope: ManagerScope, les: string[]) =>
  scope.all || !les.length || les.some((le) => scope.legal_entity_ids.includes(le))

async function managerOrderVisible(req: MedusaRequest, scope: ManagerScope, orderId: string) {
  const own = await orderOwnership(req, orderId)
  if (!own) return true
  if (own.legal_entity_id) return scope.legal_entity_ids.includes(own.legal_entity_id)
  // a draft order or an order placed outside a company: by its customer's companies
  return inScope(scope, await customerLegalEntities(req, own.customer_id))
}

/** Objects of the order module that carry order_id (returns, claims, exchanges, order changes). */
const viaOrderId =
  (entity: string) => async (req: MedusaRequest, scope: ManagerScope, id: string) => {
    const { data } = await query(req).graph({ entity, fields: ["id", "order_id"], filters: { id } })
    return !data[0]?.order_id || managerOrderVisible(req, scope, data[0].order_id)
  }

async function managerPaymentCollectionVisible(
  req: MedusaRequest,
  scope: ManagerScope,
  id: string
) {
  const { data } = await query(req).graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: id },
  })
  for (const o of data) if (!(await managerOrderVisible(req, scope, o.order_id))) return false
  return true
}

/**
 * Rows of our modules that belong to a legal entity or a holding (found by id with the module's list method):
 * visible when either is in the scope; unknown ids pass (the handler answers its own 404). Checked here,
 * before the body is validated, so another manager's client's object is 404 whatever the body says.
 */
const ownedRow =
  (module: string, method: string) =>
  async (req: MedusaRequest, scope: ManagerScope, id: string) => {
    const [row] = (await req.scope
      .resolve<Record<string, (f: object, c?: object) => Promise<any[]>>>(module)
      [method]({ id }, { take: 1 })) as {
      legal_entity_id?: string | null
      holding_id?: string | null
    }[]
    if (!row) return true
    if (!row.legal_entity_id && !row.holding_id) return true
    return (
      (!!row.legal_entity_id && scope.legal_entity_ids.includes(row.legal_entity_id)) ||
      (!!row.holding_id && scope.holding_ids.includes(row.holding_id))
    )
  }

const MANAGER_RESOLVERS: Record<
  string,
  (req: MedusaRequest, scope: ManagerScope, id: string) => Promise<boolean>
> = {
  b2b_legal_entity: async (req, scope, id) => {
    if (scope.legal_entity_ids.includes(id)) return true
    const [le] = await req.scope
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .listB2bLegalEntities({ id }, { take: 1 })
    return !le
  },
  b2b_holding: async (req, scope, id) => {
    if (scope.holding_ids.includes(id)) return true
    const [h] = await req.scope
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .listB2bHoldings({ id }, { take: 1 })
    return !h
  },
  b2b_employee: ownedRow(COMPANY_MODULE, "listB2bEmployees"),
  b2b_requisites_change: ownedRow(COMPANY_MODULE, "listB2bRequisitesChanges"),
  b2b_credit_account: ownedRow(CREDIT_MODULE, "listCreditAccounts"),
  b2b_document: ownedRow(DOCUMENTS_MODULE, "listDocDocuments"),
  b2b_request: ownedRow(AFTER_SALES_MODULE, "listB2bOrderRequests"),
  order: managerOrderVisible,
  customer: async (req, scope, id) => inScope(scope, await customerLegalEntities(req, id)),
  return: viaOrderId("return"),
  claim: viaOrderId("order_claim"),
  exchange: viaOrderId("order_exchange"),
  order_change: viaOrderId("order_change"),
  payment_collection: managerPaymentCollectionVisible,
  payment: async (req, scope, id) => {
    const { data } = await query(req).graph({
      entity: "payment",
      fields: ["id", "payment_collection_id"],
      filters: { id },
    })
    return (
      !data[0]?.payment_collection_id ||
      managerPaymentCollectionVisible(req, scope, data[0].payment_collection_id)
    )
  },
  fulfillment: async (req, scope, id) => {
    const { data } = await query(req).graph({
      entity: "order_fulfillment",
      fields: ["order_id"],
      filters: { fulfillment_id: id },
    })
    for (const o of data) if (!(await managerOrderVisible(req, scope, o.order_id))) return false
    return true
  },
}

/** Object kinds the inventory's middlewares can check; other kinds in the table are checked by our handlers. */
export const GUARDED_KINDS = [
  ...new Set([...Object.keys(STORE_RESOLVERS), ...Object.keys(MANAGER_RESOLVERS)]),
]

const isAdminRoute = (e: RouteEntry) => e.path.startsWith("/admin")

/** 404 for a named object of another company (or of another manager's client). */
export function objectGuard(entry: RouteEntry) {
  const refs = entry.refs.filter((r) => GUARDED_KINDS.includes(r.kind))
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      for (const ref of refs) {
        const id = refValue(req, ref)
        if (!id) continue
        if (isAdminRoute(entry)) {
          if (!(req as Req).auth_context?.actor_id) continue // Medusa answers 401
          const scope = await managerScope(req as AuthenticatedMedusaRequest)
          if (scope.all) continue
          const resolve = MANAGER_RESOLVERS[ref.kind]
          if (resolve && !(await resolve(req, scope, id))) throw notFound(ref.kind, id)
        } else {
          const resolve = STORE_RESOLVERS[ref.kind]
          if (resolve && !(await resolve(req as B2BRequest, id))) throw notFound(ref.kind, id)
        }
      }
      next()
    } catch (e) {
      next(e)
    }
  }
}

/** A route the portal does not offer (it has its own): 403 naming what to use instead. */
export function closedRoute(entry: RouteEntry) {
  const instead =
    entry.path === "/store/returns"
      ? "; returns are requested with POST /store/b2b/orders/:id/requests"
      : ""
  return (_req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) =>
    next(
      new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `${entry.method} ${entry.path} is not offered by this portal${instead}`
      )
    )
}

export async function requireExecutive(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    if ((req as Req).auth_context?.actor_id) {
      const scope = await managerScope(req as AuthenticatedMedusaRequest)
      if (!scope.all)
        throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only an executive can do this")
    }
    next()
  } catch (e) {
    next(e)
  }
}

// ---------- manager lists: Medusa's own lists narrowed to the manager's companies ----------

/** Entry point of the legal entity ↔ order link (required lazily: defining a link needs the loaded app). */
const legalEntityOrderLink = (): string =>
  require("../../links/legal-entity-order").default.entryPoint

/** Orders of legal entities outside the scope, and unlinked orders (drafts) of customers who work only for such entities. */
async function foreignOrderIds(req: MedusaRequest, scope: ManagerScope): Promise<string[]> {
  const link = legalEntityOrderLink()
  const { data } = await query(req).graph({
    entity: link,
    fields: ["order_id"],
    filters: { b2b_legal_entity_id: { $nin: scope.legal_entity_ids } },
  })
  const linked = data.map((r: any) => r.order_id as string)
  const foreignCustomers = await foreignCustomerIds(req, scope)
  if (!foreignCustomers.length) return linked
  const { data: theirs } = await query(req).graph({
    entity: "order",
    fields: ["id"],
    filters: { customer_id: foreignCustomers },
  })
  const ids = theirs.map((o: any) => o.id as string)
  if (!ids.length) return linked
  // their orders linked to a legal entity are decided by the link (above); the rest are theirs alone
  const { data: withLink } = await query(req).graph({
    entity: link,
    fields: ["order_id"],
    filters: { order_id: ids },
  })
  const linkedAnywhere = new Set(withLink.map((r: any) => r.order_id as string))
  return [...linked, ...ids.filter((id) => !linkedAnywhere.has(id))]
}

/** Customers who work only for legal entities outside the scope. */
async function foreignCustomerIds(req: MedusaRequest, scope: ManagerScope): Promise<string[]> {
  const company = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const emps = await company.listB2bEmployees(
    {},
    { select: ["customer_id", "legal_entity_id"], take: 1_000_000 }
  )
  const inside = new Set<string>()
  const outside = new Set<string>()
  for (const e of emps)
    (scope.legal_entity_ids.includes(e.legal_entity_id) ? inside : outside).add(e.customer_id)
  return [...outside].filter((c) => !inside.has(c))
}

function narrow(req: MedusaRequest, field: string, excluded: string[]) {
  if (!excluded.length) return
  const f = (req.filterableFields ??= {}) as Record<string, any>
  const existing = f[field]
  if (typeof existing === "string" || Array.isArray(existing)) {
    const ex = new Set(excluded)
    f[field] = (Array.isArray(existing) ? existing : [existing]).filter((id: string) => !ex.has(id))
  } else
    f[field] = { ...(existing && typeof existing === "object" ? existing : {}), $nin: excluded }
}

export function managerList(kind: string) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      if (!(req as Req).auth_context?.actor_id) return next()
      const scope = await managerScope(req as AuthenticatedMedusaRequest)
      if (scope.all) return next()
      if (kind === "customer") narrow(req, "id", await foreignCustomerIds(req, scope))
      else if (kind === "order") narrow(req, "id", await foreignOrderIds(req, scope))
      else narrow(req, "order_id", await foreignOrderIds(req, scope))
      next()
    } catch (e) {
      next(e)
    }
  }
}

const exactRoutes = new Map<string, RegExp>()
/** `/store/carts/:id/line-items/:line_id` → a regular expression matching exactly that route (one segment per parameter). */
export function exactRoute(path: string): RegExp {
  let re = exactRoutes.get(path)
  if (!re) {
    const body = path
      .split("/")
      .map((seg) => (seg.startsWith(":") ? "[^/]+" : seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
      .join("/")
    re = new RegExp(`^${body}/?$`)
    exactRoutes.set(path, re)
  }
  return re
}

/**
 * The middlewares the inventory implies. Object guards, closed and executive-only routes are registered per
 * path without a method (dispatching on the request's method inside), so they run before Medusa's own
 * validation: another company's object is 404 and a missing permission 403 whatever the body says, never 400.
 * Manager lists are method-scoped (they run after Medusa's query validation, whose filters they narrow).
 */
export function inventoryMiddlewares(): MiddlewareRoute[] {
  const routes: MiddlewareRoute[] = []
  const byPath = new Map<
    string,
    Map<string, ((req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => any)[]>
  >()
  for (const e of ROUTE_INVENTORY) {
    const early: any[] = []
    // the buyer API checks its objects itself, after the permission (a role without it gets 403, not 404)
    if (!e.path.startsWith("/store/b2b/") && e.refs.some((r) => GUARDED_KINDS.includes(r.kind)))
      early.push(objectGuard(e))
    if (e.access === "closed") early.push(closedRoute(e))
    if (e.access === "executive") early.push(requireExecutive)
    // a member without the permission is refused before Medusa reads the body (403, not 400)
    if (e.perm && e.path.startsWith("/store") && !e.path.startsWith("/store/b2b"))
      early.push(requirePermissionForMembers(e.perm as Permission))
    if (early.length) {
      const methods = byPath.get(e.path) ?? new Map()
      methods.set(e.method, early)
      byPath.set(e.path, methods)
    }
    const late: any[] = []
    if (e.list) late.push(managerList(e.list))
    if (late.length)
      routes.push({ matcher: e.path, method: [e.method as MiddlewareVerb], middlewares: late })
  }
  const early: MiddlewareRoute[] = [...byPath].map(([path, methods]) => ({
    matcher: path,
    middlewares: [
      (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
        // a matcher without a method is mounted like app.use: it also matches longer paths
        // (/admin/payments would catch /admin/payments/:id); only this exact route is meant
        if (!exactRoute(path).test((req.originalUrl ?? req.url ?? "").split("?")[0])) return next()
        const chain = methods.get(req.method) ?? []
        const run = (i: number): any =>
          i < chain.length
            ? chain[i](req, res, (err?: unknown) => (err ? next(err) : run(i + 1)))
            : next()
        return run(0)
      },
    ],
  }))
  return [...early, ...routes]
}
