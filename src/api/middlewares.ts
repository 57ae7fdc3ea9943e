import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { actingContextMiddleware, requirePermission } from "./utils/b2b-context"
import { inventoryMiddlewares } from "./utils/route-guards"
import { calculableShippingOption } from "./utils/shipping-options"
// input hardening (issue 15): Medusa's validators with the null-byte/control-character scan in front
import {
  lineItemQuantity,
  rejectUnsafeInput,
  rejectUnsafePath,
  requireCartLine,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "./validation"
import { STORE_PERMISSION_ROUTES } from "./store-permissions"
import { injectCartCounterparty } from "./utils/cart-context"
import { contractPricedLineItems, repriceIfStale } from "./utils/cart-pricing"
import { attachPersonalPrices } from "./utils/pricing-context"
import { ExplainQuery, SetVariantPrices } from "./admin/b2b/pricing/validators"
import {
  OneCAgreements,
  OneCCounterparties,
  OneCCreditLimits,
  OneCSettlements,
} from "./1c/api/validators"
import { OneCCategoryMap } from "./admin/b2b/one-c/validators"
import { CatalogQuery } from "./store/b2b/catalog/validators"
import { CheckoutDetails, OneClickCart, PlaceOrder } from "./store/b2b/carts/validators"
import { CreateAddress, UpdateAddress } from "./store/b2b/addresses/validators"
import { CreateOrderStatus, UpdateOrderStatus } from "./admin/b2b/order-statuses/validators"
import { SetOrderStatus, CreateShipment, UpdateShipment } from "./admin/b2b/orders/validators"
import { RequestAct, StoreDocumentsQuery } from "./store/b2b/documents/validators"
import { SaveTemplate } from "./admin/b2b/document-templates/validators"
import { CartTarget, SaveCart, UpdateSavedCart } from "./store/b2b/saved-carts/validators"
import { AdminRequestsQuery, DecideOrderRequest } from "./admin/b2b/requests/validators"
import { CreateOrderRequest, StoreOrdersQuery } from "./store/b2b/orders/validators"
import { RequestMessage, StoreRequestsQuery } from "./store/b2b/requests/validators"
import { AttachGuestOrder, GuestOrdersQuery } from "./admin/b2b/guest-orders/validators"
import { BuyNow } from "./store/b2b/one-click/validators"
import { GuestOrder } from "./store/b2b/guest-orders/validators"
import {
  AddSchedule,
  CreateCreditAccount,
  CreateLedgerEntries,
  GrantOverride,
  UpdateCreditAccount,
} from "./admin/b2b/credit/validators"
import { DashboardQuery } from "./store/b2b/dashboard/validators"
import { StoreTransactionsQuery } from "./store/b2b/credit/validators"
import { AcceptInvitation, CreateInvitation } from "./store/b2b/invitations/validators"
import {
  AdminAddEmployee,
  AdminCreateLegalEntity,
  AdminUpdateLegalEntity,
} from "./admin/b2b/legal-entities/validators"
import { AdminCreateHolding, AdminUpdateHolding } from "./admin/b2b/holdings/validators"
import { AssignManager } from "./admin/b2b/managers/validators"
import { AuditQuery } from "./admin/b2b/audit-events/validators"
import { CreateRegistrationRequest } from "./store/b2b/registration-requests/validators"
import { CreateRole, UpdateRole } from "./store/b2b/roles/validators"
import {
  CreateSellerOrganization,
  UpdateSellerOrganization,
  LinkChanges,
} from "./admin/b2b/seller-organizations/validators"
import { DecideRequisitesChange } from "./admin/b2b/requisites-changes/validators"
import { DecideRegistration } from "./admin/b2b/registration-requests/validators"
import { Impersonate } from "./admin/b2b/impersonations/validators"
import { ListQuery, StatusListQuery } from "./validation/fields"
import { RequestPriceList } from "./store/b2b/price-lists/validators"
import { SetProductTerms } from "./admin/b2b/product-terms/validators"
import { StorePricesQuery } from "./store/b2b/prices/validators"
import { UpdateEmployee } from "./store/b2b/employees/validators"
import { auditImpersonatedWrites } from "./utils/impersonation-audit"
import { singleDocument, singleUpload } from "./utils/upload"
import { oneCApiAuth } from "./utils/one-c-api"
import { exchangeAlias, exchangeAliasPath } from "./utils/one-c-exchange"
// abuse (issue 15): sign-in throttling, security headers, tokens kept out of logs
import { loginThrottle, resetThrottle } from "./utils/abuse"
import { installSecurityHeaders } from "./utils/security-headers"
import { maskTokenForLog } from "./utils/log-masking"
import { companyRowScope } from "./utils/rls-scope"
// order statuses (configurable, mapped to 1C) and regional assortment
import { refreshStatusesForInfo } from "./utils/order-statuses"
import { regionalAssortment, regionalAssortmentOne } from "./utils/regional-assortment"
import { requireOwnCart } from "./utils/own-cart"
// after-sales requests (complaints, feedback, returns, document requests)
import { requireVisibleOrder, requireVisibleRequest } from "./utils/after-sales"
// one-click orders (issue 5)
import { guestOneClickEnabled, guestOrderRateLimit } from "./utils/guest-orders"
// order split and pre-orders
import { rejectMultiSellerCompletion } from "./utils/seller-split"

const listQuery = validateAndTransformQuery(ListQuery, { isList: true, defaults: [] } as any)
const statusListQuery = validateAndTransformQuery(StatusListQuery, {
  isList: true,
  defaults: [],
} as any)
installSecurityHeaders()
const customerAuth = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

/**
 * Route table of the B2B layer: authentication and the acting counterparty for every store
 * request, route-level permissions, object-level guards on Medusa's own store routes, and zod
 * validation of every body and query.
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
    { matcher: "/1c/api/*", middlewares: [oneCApiAuth] },
    {
      matcher: "/1c/api/counterparties",
      method: ["POST"],
      middlewares: [validateAndTransformBody(OneCCounterparties)],
    },
    {
      matcher: "/1c/api/agreements",
      method: ["POST"],
      middlewares: [validateAndTransformBody(OneCAgreements)],
    },
    {
      matcher: "/1c/api/credit-limits",
      method: ["POST"],
      middlewares: [validateAndTransformBody(OneCCreditLimits)],
    },
    {
      matcher: "/1c/api/settlements",
      method: ["POST"],
      bodyParser: { sizeLimit: "20mb" },
      middlewares: [validateAndTransformBody(OneCSettlements)],
    },

    // Every store request: who is calling and for which counterparty; audit impersonated writes.
    {
      matcher: "/store/*",
      middlewares: [customerAuth, actingContextMiddleware, auditImpersonatedWrites],
    },

    // Every route's object guards, closed routes, executive-only routes, manager lists and the member
    // permissions of Medusa's store routes, built from the route inventory (src/api/route-inventory.ts).
    ...inventoryMiddlewares(),
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
      method: ["POST"],
      middlewares: [contractPricedLineItems],
    },

    // Personal prices in Medusa's own product responses, and the batch price API.
    { matcher: "/store/products", method: ["GET"], middlewares: [attachPersonalPrices] },
    { matcher: "/store/products/:id", method: ["GET"], middlewares: [attachPersonalPrices] },
    // regional assortment (B2B_REGIONAL_ASSORTMENT): only products stocked in / deliverable to the buyer's region
    { matcher: "/store/products", method: ["GET"], middlewares: [regionalAssortment] },
    { matcher: "/store/products/:id", method: ["GET"], middlewares: [regionalAssortmentOne] },
    {
      matcher: "/store/b2b/prices",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StorePricesQuery, {} as any)],
    },
    // catalog filters by 1C attributes
    {
      matcher: "/store/b2b/catalog/*",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(CatalogQuery, {} as any)],
    },

    // Buyer account API: route-level permissions from the table, then body/query validation.
    ...STORE_PERMISSION_ROUTES.map((r) => ({
      matcher: r.matcher,
      method: [r.method],
      middlewares: [requirePermission(r.permission)],
    })),
    {
      matcher: "/store/b2b/employees/:id",
      method: ["POST"],
      middlewares: [validateAndTransformBody(UpdateEmployee)],
    },
    {
      matcher: "/store/b2b/roles",
      method: ["POST"],
      middlewares: [validateAndTransformBody(CreateRole)],
    },
    {
      matcher: "/store/b2b/roles/:id",
      method: ["POST"],
      middlewares: [validateAndTransformBody(UpdateRole)],
    },
    {
      matcher: "/store/b2b/invitations",
      method: ["POST"],
      middlewares: [validateAndTransformBody(CreateInvitation)],
    },
    {
      matcher: "/store/b2b/invitations/accept",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AcceptInvitation)],
    },
    {
      matcher: "/store/b2b/registration-requests",
      method: ["POST"],
      middlewares: [validateAndTransformBody(CreateRegistrationRequest)],
    },
    {
      matcher: "/store/b2b/orders",
      method: ["GET"],
      middlewares: [
        validateAndTransformQuery(StoreOrdersQuery, { isList: true, defaults: [] } as any),
      ],
    },

    {
      matcher: "/store/b2b/saved-carts",
      method: ["POST"],
      middlewares: [validateAndTransformBody(SaveCart)],
    },
    {
      matcher: "/store/b2b/saved-carts/:id",
      method: ["POST"],
      middlewares: [validateAndTransformBody(UpdateSavedCart)],
    },
    {
      matcher: "/store/b2b/saved-carts/:id/restore",
      method: ["POST"],
      middlewares: [validateAndTransformBody(CartTarget)],
    },
    {
      matcher: "/store/b2b/orders/:id/reorder",
      method: ["POST"],
      middlewares: [validateAndTransformBody(CartTarget)],
    },
    {
      matcher: "/store/b2b/documents",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StoreDocumentsQuery, {} as any)],
    },
    {
      matcher: "/store/b2b/documents/reconciliation-acts",
      method: ["POST"],
      middlewares: [validateAndTransformBody(RequestAct)],
    },
    {
      matcher: "/store/b2b/credit/transactions",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StoreTransactionsQuery, {} as any)],
    },
    {
      matcher: "/store/b2b/dashboard",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(DashboardQuery, {} as any)],
    },

    {
      matcher: "/store/b2b/requisites-changes",
      method: ["POST"],
      middlewares: [singleDocument("document")],
    },
    {
      matcher: "/store/b2b/price-lists",
      method: ["POST"],
      middlewares: [validateAndTransformBody(RequestPriceList)],
    },
    {
      matcher: "/store/b2b/carts/:id/quick-order",
      method: ["POST"],
      bodyParser: { sizeLimit: "5mb" },
      middlewares: [singleUpload("file", 10)],
    },
    {
      matcher: "/store/b2b/addresses",
      method: ["POST"],
      middlewares: [validateAndTransformBody(CreateAddress)],
    },
    {
      matcher: "/store/b2b/addresses/:id",
      method: ["POST"],
      middlewares: [validateAndTransformBody(UpdateAddress)],
    },
    {
      matcher: "/store/b2b/carts/:id/checkout",
      method: ["POST"],
      middlewares: [requireOwnCart, validateAndTransformBody(CheckoutDetails)],
    },
    // one-click orders (issue 5): own cart first (404 before 400); guests: setting (403) → body → hourly limit (429)
    {
      matcher: "/store/b2b/carts/:id/one-click",
      method: ["POST"],
      middlewares: [requireOwnCart, validateAndTransformBody(OneClickCart)],
    },
    {
      matcher: "/store/b2b/one-click",
      method: ["POST"],
      middlewares: [validateAndTransformBody(BuyNow)],
    },
    {
      matcher: "/store/b2b/guest-orders",
      method: ["POST"],
      middlewares: [
        guestOneClickEnabled,
        validateAndTransformBody(GuestOrder),
        guestOrderRateLimit,
      ],
    },
    // order split and pre-orders
    {
      matcher: "/store/b2b/carts/:id/place",
      method: ["POST"],
      middlewares: [requireOwnCart, validateAndTransformBody(PlaceOrder)],
    },

    // after-sales requests: the order must be visible first (404 before 400), then the body
    {
      matcher: "/store/b2b/orders/:id/requests",
      method: ["GET"],
      middlewares: [requireVisibleOrder],
    },
    {
      matcher: "/store/b2b/orders/:id/requests",
      method: ["POST"],
      middlewares: [requireVisibleOrder, validateAndTransformBody(CreateOrderRequest)],
    },
    {
      matcher: "/store/b2b/requests",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StoreRequestsQuery, {} as any)],
    },
    {
      matcher: "/store/b2b/requests/:id/messages",
      method: ["POST"],
      middlewares: [requireVisibleRequest, validateAndTransformBody(RequestMessage)],
    },

    // Manager workstation API (all /admin routes are authenticated by Medusa).
    { matcher: "/admin/b2b/holdings", method: ["GET"], middlewares: [listQuery] },
    {
      matcher: "/admin/b2b/holdings",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreateHolding)],
    },
    {
      matcher: "/admin/b2b/holdings/:id",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpdateHolding)],
    },
    { matcher: "/admin/b2b/legal-entities", method: ["GET"], middlewares: [listQuery] },
    {
      matcher: "/admin/b2b/legal-entities",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreateLegalEntity)],
    },
    {
      matcher: "/admin/b2b/legal-entities/:id",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpdateLegalEntity)],
    },
    {
      matcher: "/admin/b2b/legal-entities/:id/employees",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminAddEmployee)],
    },
    {
      matcher: "/admin/b2b/employees/:id",
      method: ["POST"],
      middlewares: [validateAndTransformBody(UpdateEmployee)],
    },
    {
      matcher: "/admin/b2b/managers",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AssignManager)],
    },
    {
      matcher: "/admin/b2b/registration-requests",
      method: ["GET"],
      middlewares: [statusListQuery],
    },
    {
      matcher: "/admin/b2b/registration-requests/:id/*",
      method: ["POST"],
      middlewares: [validateAndTransformBody(DecideRegistration)],
    },
    {
      matcher: "/admin/b2b/impersonations",
      method: ["POST"],
      middlewares: [validateAndTransformBody(Impersonate)],
    },
    {
      matcher: "/admin/b2b/seller-organizations",
      method: ["POST"],
      middlewares: [validateAndTransformBody(CreateSellerOrganization)],
    },
    {
      matcher: "/admin/b2b/seller-organizations/:id",
      method: ["POST"],
      middlewares: [validateAndTransformBody(UpdateSellerOrganization)],
    },
    {
      matcher: "/admin/b2b/seller-organizations/:id/stock-locations",
      method: ["POST"],
      middlewares: [validateAndTransformBody(LinkChanges)],
    },
    {
      matcher: "/admin/b2b/seller-organizations/:id/products",
      method: ["POST"],
      middlewares: [validateAndTransformBody(LinkChanges)],
    },
    {
      matcher: "/admin/b2b/product-terms",
      method: ["POST"],
      middlewares: [validateAndTransformBody(SetProductTerms)],
    },
    { matcher: "/admin/b2b/requisites-changes", method: ["GET"], middlewares: [statusListQuery] },
    {
      matcher: "/admin/b2b/requisites-changes/:id/*",
      method: ["POST"],
      middlewares: [validateAndTransformBody(DecideRequisitesChange)],
    },
    {
      matcher: "/admin/b2b/pricing/variant-prices",
      method: ["POST"],
      middlewares: [validateAndTransformBody(SetVariantPrices)],
    },
    {
      matcher: "/admin/b2b/pricing/explain",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(ExplainQuery, {} as any)],
    },
    {
      matcher: "/admin/b2b/credit/accounts",
      method: ["POST"],
      middlewares: [validateAndTransformBody(CreateCreditAccount)],
    },
    {
      matcher: "/admin/b2b/credit/accounts/:id",
      method: ["POST"],
      middlewares: [validateAndTransformBody(UpdateCreditAccount)],
    },
    {
      matcher: "/admin/b2b/credit/accounts/:id/entries",
      method: ["POST"],
      middlewares: [validateAndTransformBody(CreateLedgerEntries)],
    },
    {
      matcher: "/admin/b2b/credit/accounts/:id/overrides",
      method: ["POST"],
      middlewares: [validateAndTransformBody(GrantOverride)],
    },
    {
      matcher: "/admin/b2b/credit/accounts/:id/schedule",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AddSchedule)],
    },
    { matcher: "/admin/b2b/documents", method: ["POST"], middlewares: [singleDocument("file")] },
    {
      matcher: "/admin/b2b/one-c/category-map",
      method: ["POST"],
      middlewares: [validateAndTransformBody(OneCCategoryMap)],
    },
    {
      matcher: "/admin/b2b/document-templates",
      method: ["POST"],
      middlewares: [validateAndTransformBody(SaveTemplate)],
    },
    {
      matcher: "/admin/b2b/document-templates/preview",
      method: ["POST"],
      middlewares: [validateAndTransformBody(SaveTemplate)],
    },
    // order shipments (issue 5): several Medusa fulfillments per order, moved through Medusa's workflows
    {
      matcher: "/admin/b2b/orders/:id/shipments",
      method: ["POST"],
      middlewares: [validateAndTransformBody(CreateShipment)],
    },
    {
      matcher: "/admin/b2b/orders/:id/shipments/:shipment_id",
      method: ["POST"],
      middlewares: [validateAndTransformBody(UpdateShipment)],
    },
    // one-click orders (issue 5): guest orders a manager attaches to a counterparty
    {
      matcher: "/admin/b2b/guest-orders",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(GuestOrdersQuery, {} as any)],
    },
    {
      matcher: "/admin/b2b/guest-orders/:order_id/attach",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AttachGuestOrder)],
    },
    {
      matcher: "/admin/b2b/audit-events",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AuditQuery, { isList: true, defaults: [] } as any)],
    },
    // B2B order statuses (configurable, mapped to 1C); mode=info reads the list fresh
    {
      matcher: "/admin/b2b/order-statuses",
      method: ["POST"],
      middlewares: [validateAndTransformBody(CreateOrderStatus)],
    },
    {
      matcher: "/admin/b2b/order-statuses/:code",
      method: ["POST"],
      middlewares: [validateAndTransformBody(UpdateOrderStatus)],
    },
    {
      matcher: "/admin/b2b/orders/:id/status",
      method: ["POST"],
      middlewares: [validateAndTransformBody(SetOrderStatus)],
    },
    { matcher: "/1c/exchange", method: ["GET", "POST"], middlewares: [refreshStatusesForInfo] },
    // abuse (issue 15): brute-force throttling of the sign-in doors (1C's is inside its handlers), tokens out of the request log
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
    { matcher: "/store/b2b/invitations/lookup", method: ["GET"], middlewares: [maskTokenForLog] },
    // row-level security scope (src/lib/rls.ts): these routes run with the acting company as b2b.legal_entity_id
    { matcher: "/store/b2b/addresses*", middlewares: [companyRowScope] },
    { matcher: "/store/b2b/saved-carts*", middlewares: [companyRowScope] },
    { matcher: "/store/b2b/documents*", middlewares: [companyRowScope] },

    // after-sales requests (manager)
    {
      matcher: "/admin/b2b/requests",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AdminRequestsQuery, {} as any)],
    },
    {
      matcher: "/admin/b2b/requests/:id",
      method: ["POST"],
      middlewares: [validateAndTransformBody(DecideOrderRequest)],
    },
  ],
})
