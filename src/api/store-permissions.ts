import type { Permission } from "../modules/company/permissions"

export type PermissionRoute = {
  method: "GET" | "POST" | "DELETE"
  /** Medusa route matcher; `:id` segments are object ids of the active counterparty. */
  matcher: string
  /** Required permission; a list means any one of them suffices. */
  permission: Permission | Permission[]
}

export const permits = (granted: readonly string[], required: Permission | Permission[]) =>
  (Array.isArray(required) ? required : [required]).some((p) => granted.includes(p))

/**
 * The single table of route-level permissions of the buyer API. middlewares.ts builds the guards
 * from it and the RBAC test generates its roles × endpoints matrix from it, so the two cannot drift.
 */
export const STORE_PERMISSION_ROUTES: PermissionRoute[] = [
  { method: "GET", matcher: "/store/b2b/company", permission: "company.view" },
  { method: "GET", matcher: "/store/b2b/employees", permission: "users.view" },
  { method: "POST", matcher: "/store/b2b/employees/:id", permission: "users.manage" },
  { method: "DELETE", matcher: "/store/b2b/employees/:id", permission: "users.manage" },
  { method: "GET", matcher: "/store/b2b/roles", permission: "users.view" },
  { method: "POST", matcher: "/store/b2b/roles", permission: "users.manage" },
  { method: "POST", matcher: "/store/b2b/roles/:id", permission: "users.manage" },
  { method: "DELETE", matcher: "/store/b2b/roles/:id", permission: "users.manage" },
  { method: "GET", matcher: "/store/b2b/invitations", permission: "users.manage" },
  { method: "POST", matcher: "/store/b2b/invitations", permission: "users.manage" },
  { method: "POST", matcher: "/store/b2b/invitations/:id/revoke", permission: "users.manage" },
  { method: "GET", matcher: "/store/b2b/requisites-changes", permission: "company.view" },
  { method: "POST", matcher: "/store/b2b/requisites-changes", permission: "company.manage" },
  { method: "POST", matcher: "/store/b2b/carts/:id/counterparty", permission: "cart.manage" },
  { method: "POST", matcher: "/store/b2b/carts/:id/reprice", permission: "cart.manage" },
  { method: "POST", matcher: "/store/b2b/carts/:id/quick-order", permission: "cart.manage" },
  { method: "GET", matcher: "/store/b2b/price-lists", permission: "prices.view" },
  { method: "POST", matcher: "/store/b2b/price-lists", permission: "prices.view" },
  { method: "GET", matcher: "/store/b2b/price-lists/:id", permission: "prices.view" },
  { method: "GET", matcher: "/store/b2b/price-lists/:id/download", permission: "prices.view" },
  {
    method: "GET",
    matcher: "/store/b2b/orders",
    permission: ["orders.view_own", "orders.view_all"],
  },
  {
    method: "GET",
    matcher: "/store/b2b/orders/:id",
    permission: ["orders.view_own", "orders.view_all"],
  },
  // order shipments (issue 5)
  {
    method: "GET",
    matcher: "/store/b2b/orders/:id/shipments",
    permission: ["orders.view_own", "orders.view_all"],
  },
  { method: "GET", matcher: "/store/b2b/saved-carts", permission: "cart.manage" },
  { method: "POST", matcher: "/store/b2b/saved-carts", permission: "cart.manage" },
  { method: "GET", matcher: "/store/b2b/saved-carts/:id", permission: "cart.manage" },
  { method: "POST", matcher: "/store/b2b/saved-carts/:id", permission: "cart.manage" },
  { method: "DELETE", matcher: "/store/b2b/saved-carts/:id", permission: "cart.manage" },
  { method: "POST", matcher: "/store/b2b/saved-carts/:id/restore", permission: "cart.manage" },
  { method: "POST", matcher: "/store/b2b/orders/:id/reorder", permission: "cart.manage" },
  { method: "POST", matcher: "/store/b2b/orders/:id/cancel", permission: "orders.cancel" },
  { method: "GET", matcher: "/store/b2b/carts/:id/export", permission: "cart.manage" },
  { method: "GET", matcher: "/store/b2b/carts/:id/totals", permission: "cart.manage" },
  { method: "GET", matcher: "/store/b2b/documents", permission: "documents.view" },
  { method: "GET", matcher: "/store/b2b/documents/:id", permission: "documents.view" },
  { method: "GET", matcher: "/store/b2b/documents/:id/download", permission: "documents.view" },
  { method: "POST", matcher: "/store/b2b/documents/:id/original", permission: "documents.request" },
  {
    method: "POST",
    matcher: "/store/b2b/documents/reconciliation-acts",
    permission: "documents.request",
  },
  { method: "GET", matcher: "/store/b2b/credit", permission: "finance.view" },
  { method: "GET", matcher: "/store/b2b/credit/transactions", permission: "finance.view" },
  { method: "GET", matcher: "/store/b2b/credit/schedule", permission: "finance.view" },
  { method: "GET", matcher: "/store/b2b/credit/receivables", permission: "finance.view" },
  { method: "GET", matcher: "/store/b2b/dashboard", permission: ["finance.view", "reports.view"] },
  // address book: read by whoever places orders or manages addresses (not viewers), written with addresses.manage
  {
    method: "GET",
    matcher: "/store/b2b/addresses",
    permission: ["addresses.manage", "orders.create", "cart.manage"],
  },
  { method: "POST", matcher: "/store/b2b/addresses", permission: "addresses.manage" },
  {
    method: "GET",
    matcher: "/store/b2b/addresses/:id",
    permission: ["addresses.manage", "orders.create", "cart.manage"],
  },
  { method: "POST", matcher: "/store/b2b/addresses/:id", permission: "addresses.manage" },
  { method: "DELETE", matcher: "/store/b2b/addresses/:id", permission: "addresses.manage" },
  { method: "POST", matcher: "/store/b2b/carts/:id/checkout", permission: "orders.create" },
  // one-click orders (issue 5)
  { method: "POST", matcher: "/store/b2b/carts/:id/one-click", permission: "orders.create" },
  { method: "POST", matcher: "/store/b2b/one-click", permission: "orders.create" },
  // order split and pre-orders
  { method: "POST", matcher: "/store/b2b/carts/:id/place", permission: "orders.create" },
  // after-sales requests: feedback by anyone who sees the order; returns/complaints need orders.create and
  // document requests documents.request (checked per type in the route)
  {
    method: "POST",
    matcher: "/store/b2b/orders/:id/requests",
    permission: ["orders.create", "orders.view_own", "orders.view_all", "documents.request"],
  },
  {
    method: "GET",
    matcher: "/store/b2b/orders/:id/requests",
    permission: ["orders.view_own", "orders.view_all"],
  },
  {
    method: "GET",
    matcher: "/store/b2b/requests",
    permission: ["orders.view_own", "orders.view_all"],
  },
  {
    method: "GET",
    matcher: "/store/b2b/requests/:id",
    permission: ["orders.view_own", "orders.view_all"],
  },
  {
    method: "POST",
    matcher: "/store/b2b/requests/:id/messages",
    permission: ["orders.view_own", "orders.view_all"],
  },
  {
    method: "POST",
    matcher: "/store/b2b/requests/:id/cancel",
    permission: ["orders.view_own", "orders.view_all"],
  },
  {
    method: "GET",
    matcher: "/store/b2b/return-reasons",
    permission: ["orders.create", "orders.view_own", "orders.view_all"],
  },
]
