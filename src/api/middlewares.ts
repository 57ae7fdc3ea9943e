import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { actingContextMiddleware, guardCoreCart, guardCoreOrder, requirePermission, requirePermissionForMembers } from "./utils/b2b-context"
import { injectCartCounterparty } from "./utils/cart-context"
import { auditImpersonatedWrites } from "./utils/impersonation-audit"
import {
  AcceptInvitation,
  AdminAddEmployee,
  AdminCreateHolding,
  AdminCreateLegalEntity,
  AdminUpdateHolding,
  AdminUpdateLegalEntity,
  AssignManager,
  AuditQuery,
  CreateInvitation,
  CreateRegistrationRequest,
  CreateRole,
  DecideRegistration,
  Impersonate,
  ListQuery,
  StoreOrdersQuery,
  UpdateEmployee,
  UpdateRole,
} from "./validators"

const listQuery = validateAndTransformQuery(ListQuery, { isList: true, defaults: [] } as any)
const customerAuth = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

/**
 * Route table of the B2B layer: authentication and the acting counterparty for every store
 * request, route-level permissions, object-level guards on Medusa's own store routes, and zod
 * validation of every body and query.
 */
export default defineMiddlewares({
  routes: [
    // Every store request: who is calling and for which counterparty; audit impersonated writes.
    { matcher: "/store/*", middlewares: [customerAuth, actingContextMiddleware, auditImpersonatedWrites] },

    // Medusa core store routes that would otherwise leak or bypass permissions.
    { matcher: "/store/carts", method: ["POST"], middlewares: [requirePermissionForMembers("cart.manage"), injectCartCounterparty] },
    { matcher: "/store/carts/:id", middlewares: [guardCoreCart] },
    { matcher: "/store/carts/:id/*", middlewares: [guardCoreCart] },
    { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [requirePermissionForMembers("orders.create")] },
    { matcher: "/store/carts/:id/line-items*", method: ["POST", "DELETE"], middlewares: [requirePermissionForMembers("cart.manage")] },
    { matcher: "/store/orders/:id", middlewares: [guardCoreOrder] },
    { matcher: "/store/orders/:id/*", middlewares: [guardCoreOrder] },

    // Buyer account API.
    { matcher: "/store/b2b/company", method: ["GET"], middlewares: [requirePermission("company.view")] },
    { matcher: "/store/b2b/employees", method: ["GET"], middlewares: [requirePermission("users.view")] },
    { matcher: "/store/b2b/employees/:id", method: ["POST"], middlewares: [requirePermission("users.manage"), validateAndTransformBody(UpdateEmployee)] },
    { matcher: "/store/b2b/employees/:id", method: ["DELETE"], middlewares: [requirePermission("users.manage")] },
    { matcher: "/store/b2b/roles", method: ["GET"], middlewares: [requirePermission("users.view")] },
    { matcher: "/store/b2b/roles", method: ["POST"], middlewares: [requirePermission("users.manage"), validateAndTransformBody(CreateRole)] },
    { matcher: "/store/b2b/roles/:id", method: ["POST"], middlewares: [requirePermission("users.manage"), validateAndTransformBody(UpdateRole)] },
    { matcher: "/store/b2b/roles/:id", method: ["DELETE"], middlewares: [requirePermission("users.manage")] },
    { matcher: "/store/b2b/invitations", method: ["GET"], middlewares: [requirePermission("users.manage")] },
    { matcher: "/store/b2b/invitations", method: ["POST"], middlewares: [requirePermission("users.manage"), validateAndTransformBody(CreateInvitation)] },
    { matcher: "/store/b2b/invitations/:id/revoke", method: ["POST"], middlewares: [requirePermission("users.manage")] },
    { matcher: "/store/b2b/invitations/accept", method: ["POST"], middlewares: [validateAndTransformBody(AcceptInvitation)] },
    { matcher: "/store/b2b/registration-requests", method: ["POST"], middlewares: [validateAndTransformBody(CreateRegistrationRequest)] },
    { matcher: "/store/b2b/orders", method: ["GET"], middlewares: [requirePermission("orders.view_own"), validateAndTransformQuery(StoreOrdersQuery, { isList: true, defaults: [] } as any)] },
    { matcher: "/store/b2b/orders/:id", method: ["GET"], middlewares: [requirePermission("orders.view_own")] },

    // Manager workstation API (all /admin routes are authenticated by Medusa).
    { matcher: "/admin/b2b/holdings", method: ["GET"], middlewares: [listQuery] },
    { matcher: "/admin/b2b/holdings", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateHolding)] },
    { matcher: "/admin/b2b/holdings/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateHolding)] },
    { matcher: "/admin/b2b/legal-entities", method: ["GET"], middlewares: [listQuery] },
    { matcher: "/admin/b2b/legal-entities", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateLegalEntity)] },
    { matcher: "/admin/b2b/legal-entities/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateLegalEntity)] },
    { matcher: "/admin/b2b/legal-entities/:id/employees", method: ["POST"], middlewares: [validateAndTransformBody(AdminAddEmployee)] },
    { matcher: "/admin/b2b/employees/:id", method: ["POST"], middlewares: [validateAndTransformBody(UpdateEmployee)] },
    { matcher: "/admin/b2b/managers", method: ["POST"], middlewares: [validateAndTransformBody(AssignManager)] },
    { matcher: "/admin/b2b/registration-requests", method: ["GET"], middlewares: [listQuery] },
    { matcher: "/admin/b2b/registration-requests/:id/*", method: ["POST"], middlewares: [validateAndTransformBody(DecideRegistration)] },
    { matcher: "/admin/b2b/impersonations", method: ["POST"], middlewares: [validateAndTransformBody(Impersonate)] },
    { matcher: "/admin/b2b/audit-events", method: ["GET"], middlewares: [validateAndTransformQuery(AuditQuery, { isList: true, defaults: [] } as any)] },
  ],
})
