import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { oneCApiMiddlewares } from "./1c/api/middlewares"
import { storeB2bAddressesMiddlewares } from "./store/b2b/addresses/middlewares"
import { storeB2bCartsMiddlewares } from "./store/b2b/carts/middlewares"
import { storeB2bCatalogMiddlewares } from "./store/b2b/catalog/middlewares"
import { storeB2bCreditMiddlewares } from "./store/b2b/credit/middlewares"
import { storeB2bDashboardMiddlewares } from "./store/b2b/dashboard/middlewares"
import { storeB2bDocumentsMiddlewares } from "./store/b2b/documents/middlewares"
import { storeB2bEmployeesMiddlewares } from "./store/b2b/employees/middlewares"
import { storeB2bGuestOrdersMiddlewares } from "./store/b2b/guest-orders/middlewares"
import { storeB2bInvitationsMiddlewares } from "./store/b2b/invitations/middlewares"
import { storeB2bMeMiddlewares } from "./store/b2b/me/middlewares"
import { storeB2bOneClickMiddlewares } from "./store/b2b/one-click/middlewares"
import { storeB2bOrdersMiddlewares } from "./store/b2b/orders/middlewares"
import { storeB2bPriceListsMiddlewares } from "./store/b2b/price-lists/middlewares"
import { storeB2bPricesMiddlewares } from "./store/b2b/prices/middlewares"
import { storeB2bRegistrationRequestsMiddlewares } from "./store/b2b/registration-requests/middlewares"
import { storeB2bRequestsMiddlewares } from "./store/b2b/requests/middlewares"
import { storeB2bRequisitesChangesMiddlewares } from "./store/b2b/requisites-changes/middlewares"
import { storeB2bRolesMiddlewares } from "./store/b2b/roles/middlewares"
import { storeB2bSavedCartsMiddlewares } from "./store/b2b/saved-carts/middlewares"
import { adminB2bAuditEventsMiddlewares } from "./admin/b2b/audit-events/middlewares"
import { adminB2bCreditMiddlewares } from "./admin/b2b/credit/middlewares"
import { adminB2bDocumentTemplatesMiddlewares } from "./admin/b2b/document-templates/middlewares"
import { adminB2bDocumentsMiddlewares } from "./admin/b2b/documents/middlewares"
import { adminB2bEmployeesMiddlewares } from "./admin/b2b/employees/middlewares"
import { adminB2bGuestOrdersMiddlewares } from "./admin/b2b/guest-orders/middlewares"
import { adminB2bHoldingsMiddlewares } from "./admin/b2b/holdings/middlewares"
import { adminB2bImpersonationsMiddlewares } from "./admin/b2b/impersonations/middlewares"
import { adminB2bLegalEntitiesMiddlewares } from "./admin/b2b/legal-entities/middlewares"
import { adminB2bManagersMiddlewares } from "./admin/b2b/managers/middlewares"
import { adminB2bOneCMiddlewares } from "./admin/b2b/one-c/middlewares"
import { adminB2bOrderStatusesMiddlewares } from "./admin/b2b/order-statuses/middlewares"
import { adminB2bOrdersMiddlewares } from "./admin/b2b/orders/middlewares"
import { adminB2bPricingMiddlewares } from "./admin/b2b/pricing/middlewares"
import { adminB2bProductTermsMiddlewares } from "./admin/b2b/product-terms/middlewares"
import { adminB2bRegistrationRequestsMiddlewares } from "./admin/b2b/registration-requests/middlewares"
import { adminB2bRequestsMiddlewares } from "./admin/b2b/requests/middlewares"
import { adminB2bRequisitesChangesMiddlewares } from "./admin/b2b/requisites-changes/middlewares"
import { adminB2bSellerOrganizationsMiddlewares } from "./admin/b2b/seller-organizations/middlewares"
import { STORE_PERMISSION_ROUTES } from "./store-permissions"
// abuse (issue 15): sign-in throttling, security headers, tokens kept out of logs
import { loginThrottle, resetThrottle } from "./utils/abuse"
import { actingContextMiddleware, requirePermission } from "./utils/b2b-context"
import { injectCartCounterparty } from "./utils/cart-context"
import { contractPricedLineItems, repriceIfStale } from "./utils/cart-pricing"
import { auditImpersonatedWrites } from "./utils/impersonation-audit"
import { oneCApiAuth } from "./utils/one-c-api"
import { exchangeAlias, exchangeAliasPath } from "./utils/one-c-exchange"
import { refreshStatusesForInfo } from "./utils/order-statuses"
import { attachPersonalPrices } from "./utils/pricing-context"
import { regionalAssortment, regionalAssortmentOne } from "./utils/regional-assortment"
import { inventoryMiddlewares } from "./utils/route-guards"
import { installSecurityHeaders } from "./utils/security-headers"
import { rejectMultiSellerCompletion } from "./utils/seller-split"
import { calculableShippingOption } from "./utils/shipping-options"
// input hardening (issue 15): Medusa's validators with the null-byte/control-character scan in front
import {
  lineItemQuantity,
  rejectUnsafeInput,
  rejectUnsafePath,
  requireCartLine,
} from "./validation"

installSecurityHeaders()
const customerAuth = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

/**
 * Route table of the B2B layer: authentication and the acting counterparty for every store
 * request, route-level permissions, object-level guards on Medusa's own store routes, and zod
 * validation of every body and query. Each route group of ours keeps its validation beside its
 * routes (`<group>/middlewares.ts` with `<group>/validators.ts`); this file composes them after
 * the guards. Medusa sorts the table (method-less entries first, then by path segments), so
 * the order here matters among entries of the same matcher.
 */
export default defineMiddlewares({
  routes: [
    // 1C exchange: raw bodies (chunked file uploads are streamed to disk), protocol auth of its own
    { matcher: "/1c/exchange", bodyParser: false, middlewares: [] },
    // the same exchange at ONE_C_EXCHANGE_PATH (e.g. the URL a 1C configuration is preset with)
    ...((p) =>
      p
        ? [
            {
              matcher: p,
              bodyParser: false as const,
              middlewares: [refreshStatusesForInfo, exchangeAlias],
            },
          ]
        : [])(exchangeAliasPath()),
    // input hardening (issue 15): a null byte or control character in a path parameter or query is a 400 before any lookup
    { matcher: "/store/*", middlewares: [rejectUnsafePath] },
    { matcher: "/admin/*", middlewares: [rejectUnsafePath] },
    { matcher: "/1c/api/*", middlewares: [rejectUnsafePath] },
    // … and none in a body or query either, before any guard looks an id up (no method: Medusa sorts these first)
    { matcher: "/store/*", middlewares: [rejectUnsafeInput] },
    { matcher: "/admin/b2b/*", middlewares: [rejectUnsafeInput] },
    // 1C's JSON API: its own auth, then the bodies
    { matcher: "/1c/api/*", middlewares: [oneCApiAuth] },
    ...oneCApiMiddlewares,

    // Every store request: who is calling and for which counterparty; audit impersonated writes.
    {
      matcher: "/store/*",
      middlewares: [customerAuth, actingContextMiddleware, auditImpersonatedWrites],
    },

    // Every route's object guards, closed routes, executive-only routes, manager lists and the member
    // permissions of Medusa's store routes, built from the route inventory (src/api/route-inventory.ts).
    ...inventoryMiddlewares(),

    // Medusa's own store routes: the acting counterparty on new carts, contract prices, guards.
    { matcher: "/store/carts", method: ["POST"], middlewares: [injectCartCounterparty] },
    {
      matcher: "/store/shipping-options/:id/calculate",
      method: ["POST"],
      middlewares: [calculableShippingOption],
    },
    { matcher: "/store/carts/:id", method: ["GET"], middlewares: [repriceIfStale] },
    { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [repriceIfStale] },
    // order split: a cart of several seller organizations is placed through /store/b2b/carts/:id/place
    {
      matcher: "/store/carts/:id/complete",
      method: ["POST"],
      middlewares: [rejectMultiSellerCompletion],
    },
    // input hardening (issue 15): line quantities bounded, a line must be in its cart
    {
      matcher: "/store/carts/:id/line-items",
      method: ["POST"],
      middlewares: [lineItemQuantity(1)],
    },
    {
      matcher: "/store/carts/:id/line-items/:line_id",
      method: ["POST"],
      middlewares: [lineItemQuantity(0)],
    },
    {
      matcher: "/store/carts/:id/line-items/:line_id",
      method: ["POST", "DELETE"],
      middlewares: [requireCartLine],
    },
    {
      matcher: "/store/carts/:id/line-items",
      method: ["POST"],
      middlewares: [contractPricedLineItems],
    },
    {
      matcher: "/store/carts/:id/line-items/:line_id",
      method: ["POST", "DELETE"],
      middlewares: [contractPricedLineItems],
    },
    // Personal prices in Medusa's own product responses.
    { matcher: "/store/products", method: ["GET"], middlewares: [attachPersonalPrices] },
    { matcher: "/store/products/:id", method: ["GET"], middlewares: [attachPersonalPrices] },
    // regional assortment (B2B_REGIONAL_ASSORTMENT): only products stocked in / deliverable to the buyer's region
    { matcher: "/store/products", method: ["GET"], middlewares: [regionalAssortment] },
    { matcher: "/store/products/:id", method: ["GET"], middlewares: [regionalAssortmentOne] },

    // Buyer account API: route-level permissions from the table, then each group's validation.
    ...STORE_PERMISSION_ROUTES.map((r) => ({
      matcher: r.matcher,
      method: [r.method],
      middlewares: [requirePermission(r.permission)],
    })),
    ...storeB2bAddressesMiddlewares,
    ...storeB2bCartsMiddlewares,
    ...storeB2bCatalogMiddlewares,
    ...storeB2bCreditMiddlewares,
    ...storeB2bDashboardMiddlewares,
    ...storeB2bDocumentsMiddlewares,
    ...storeB2bEmployeesMiddlewares,
    ...storeB2bGuestOrdersMiddlewares,
    ...storeB2bInvitationsMiddlewares,
    ...storeB2bMeMiddlewares,
    ...storeB2bOneClickMiddlewares,
    ...storeB2bOrdersMiddlewares,
    ...storeB2bPriceListsMiddlewares,
    ...storeB2bPricesMiddlewares,
    ...storeB2bRegistrationRequestsMiddlewares,
    ...storeB2bRequestsMiddlewares,
    ...storeB2bRequisitesChangesMiddlewares,
    ...storeB2bRolesMiddlewares,
    ...storeB2bSavedCartsMiddlewares,

    // Manager workstation API (all /admin routes are authenticated by Medusa).
    ...adminB2bAuditEventsMiddlewares,
    ...adminB2bCreditMiddlewares,
    ...adminB2bDocumentTemplatesMiddlewares,
    ...adminB2bDocumentsMiddlewares,
    ...adminB2bEmployeesMiddlewares,
    ...adminB2bGuestOrdersMiddlewares,
    ...adminB2bHoldingsMiddlewares,
    ...adminB2bImpersonationsMiddlewares,
    ...adminB2bLegalEntitiesMiddlewares,
    ...adminB2bManagersMiddlewares,
    ...adminB2bOneCMiddlewares,
    ...adminB2bOrderStatusesMiddlewares,
    ...adminB2bOrdersMiddlewares,
    ...adminB2bPricingMiddlewares,
    ...adminB2bProductTermsMiddlewares,
    ...adminB2bRegistrationRequestsMiddlewares,
    ...adminB2bRequestsMiddlewares,
    ...adminB2bRequisitesChangesMiddlewares,
    ...adminB2bSellerOrganizationsMiddlewares,

    // B2B order statuses: mode=info of the exchange reads the list fresh
    { matcher: "/1c/exchange", method: ["GET", "POST"], middlewares: [refreshStatusesForInfo] },
    // abuse (issue 15): brute-force throttling of the sign-in doors (1C's is inside its handlers)
    {
      matcher: "/auth/customer/emailpass",
      method: ["POST"],
      middlewares: [loginThrottle("customer")],
    },
    { matcher: "/auth/user/emailpass", method: ["POST"], middlewares: [loginThrottle("user")] },
    {
      matcher: "/auth/customer/emailpass/reset-password",
      method: ["POST"],
      middlewares: [resetThrottle("customer")],
    },
    {
      matcher: "/auth/user/emailpass/reset-password",
      method: ["POST"],
      middlewares: [resetThrottle("user")],
    },
  ],
})
