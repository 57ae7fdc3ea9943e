/**
 * The route inventory: every route the server answers — Medusa's own (store, admin, auth) and this
 * plugin's — with who may call it and which objects it names. The test
 * `src/api/__tests__/route-inventory.unit.spec.ts` reads the route trees (`@medusajs/medusa/dist/api` and
 * `src/api`) and fails when a route is missing here or an entry names a route that does not exist, so a
 * Medusa upgrade that adds a route cannot slip through unclassified. `middlewares.ts` builds the object
 * guards and the member permissions of Medusa's routes from this table, and the authorization matrix
 * (`integration-tests/http/authorization-matrix.spec.ts`) derives its expectations from it.
 *
 * Access:
 * - `public`: anyone, signed in or not (objects it names are still checked: a company cart is 404 to others)
 * - `customer`: a signed-in customer, on their own records only (Medusa filters by the actor)
 * - `authenticated`: any signed-in actor (auth factors of the caller)
 * - `member`: a company member acting for a counterparty; the permission comes from `perm:` here or, for
 *   `/store/b2b/*`, from STORE_PERMISSION_ROUTES (a member route in neither is open to every member)
 * - `closed`: refused to everybody (403; a named object of another company is 404 first)
 * - `admin`: any staff user; no buyer-company data
 * - `manager`: staff user; the named objects must belong to the manager's companies (else 404), lists are
 *   filtered to them (`list:`); executives see all. Routes of this plugin check the scope in the handler
 *   where no object kind is named here
 * - `executive`: executives only (data of every company with no per-company filter)
 * - `1c`: the 1C exchange credentials; `webhook`: payment providers' callbacks (checked by the provider)
 *
 * A line is `METHOD /path  [where.key:kind …] [perm:permission] [list:kind]`; `where` is path, body or query.
 */
export const ROUTE_TABLE = {
  public: `
GET /auth/:actor_type/:auth_provider
POST /auth/:actor_type/:auth_provider
GET /auth/:actor_type/:auth_provider/callback
POST /auth/:actor_type/:auth_provider/callback
POST /auth/:actor_type/:auth_provider/register
POST /auth/:actor_type/:auth_provider/reset-password
POST /auth/:actor_type/:auth_provider/update
GET /auth/:actor_type/providers
POST /auth/:auth_provider/user
DELETE /auth/session
POST /auth/session
POST /auth/token/refresh
POST /auth/verification/confirm
POST /auth/verification/request
GET /b2b/health
GET /admin/feature-flags
GET /cloud/auth
POST /cloud/auth/users
GET /store/collections
GET /store/collections/:id
GET /store/currencies
GET /store/currencies/:code
GET /store/locales
GET /store/payment-providers
GET /store/product-categories
GET /store/product-categories/:id
GET /store/product-options
GET /store/product-options/:id
GET /store/product-tags
GET /store/product-tags/:id
GET /store/product-types
GET /store/product-types/:id
GET /store/product-variants
GET /store/product-variants/:id
GET /store/products
GET /store/products/:id
GET /store/regions
GET /store/regions/:id
GET /store/return-reasons
GET /store/return-reasons/:id
POST /store/search
GET /store/b2b/catalog/facets
GET /store/b2b/catalog/products
GET /store/b2b/prices
POST /store/b2b/guest-orders
GET /store/b2b/invitations/lookup
POST /store/b2b/invitations/accept
GET /store/b2b/one-click/settings
GET /store/b2b/quick-order/template
POST /store/b2b/registration-requests
POST /store/carts  perm:cart.manage
GET /store/carts/:id  path.id:cart
POST /store/carts/:id  path.id:cart  perm:cart.manage
POST /store/carts/:id/complete  path.id:cart  perm:orders.create
POST /store/carts/:id/customer  path.id:cart  perm:cart.manage
POST /store/carts/:id/line-items  path.id:cart  perm:cart.manage
DELETE /store/carts/:id/line-items/:line_id  path.id:cart  perm:cart.manage
POST /store/carts/:id/line-items/:line_id  path.id:cart  perm:cart.manage
DELETE /store/carts/:id/promotions  path.id:cart  perm:cart.manage
POST /store/carts/:id/promotions  path.id:cart  perm:cart.manage
POST /store/carts/:id/shipping-methods  path.id:cart  perm:cart.manage
POST /store/carts/:id/taxes  path.id:cart  perm:cart.manage
GET /store/orders/:id  path.id:order
POST /store/payment-collections  body.cart_id:cart  perm:orders.create
POST /store/payment-collections/:id/payment-sessions  path.id:payment_collection  perm:orders.create
GET /store/shipping-options  query.cart_id:cart
POST /store/shipping-options/:id/calculate  body.cart_id:cart
`,
  customer: `
POST /store/customers
GET /store/customers/me
POST /store/customers/me
GET /store/customers/me/addresses
POST /store/customers/me/addresses
DELETE /store/customers/me/addresses/:address_id
GET /store/customers/me/addresses/:address_id
POST /store/customers/me/addresses/:address_id
GET /store/orders
GET /store/b2b/personal-data
POST /store/b2b/personal-data
`,
  authenticated: `
POST /auth/mfa/challenges/:id/verify
GET /auth/mfa/factors
POST /auth/mfa/factors
DELETE /auth/mfa/factors/:id
POST /auth/mfa/factors/:id/verify
POST /auth/mfa/recovery-codes
`,
  member: `
GET /store/b2b/addresses
POST /store/b2b/addresses
DELETE /store/b2b/addresses/:id  path.id:b2b_address
GET /store/b2b/addresses/:id  path.id:b2b_address
POST /store/b2b/addresses/:id  path.id:b2b_address
POST /store/b2b/carts/:id/checkout  path.id:cart
POST /store/b2b/carts/:id/counterparty  path.id:cart
GET /store/b2b/carts/:id/export  path.id:cart
GET /store/b2b/carts/:id/totals  path.id:cart
POST /store/b2b/carts/:id/one-click  path.id:cart
POST /store/b2b/carts/:id/place  path.id:cart
POST /store/b2b/carts/:id/quick-order  path.id:cart
POST /store/b2b/carts/:id/reprice  path.id:cart
GET /store/b2b/company
GET /store/b2b/credit
GET /store/b2b/credit/receivables
GET /store/b2b/credit/schedule
GET /store/b2b/credit/transactions
GET /store/b2b/dashboard
GET /store/b2b/documents
GET /store/b2b/documents/:id  path.id:b2b_document
GET /store/b2b/documents/:id/download  path.id:b2b_document
POST /store/b2b/documents/:id/original  path.id:b2b_document
POST /store/b2b/documents/reconciliation-acts
GET /store/b2b/employees
DELETE /store/b2b/employees/:id  path.id:b2b_employee
POST /store/b2b/employees/:id  path.id:b2b_employee
GET /store/b2b/invitations
POST /store/b2b/invitations
POST /store/b2b/invitations/:id/revoke  path.id:b2b_invitation
GET /store/b2b/me
POST /store/b2b/me
POST /store/b2b/one-click
GET /store/b2b/orders
GET /store/b2b/orders/:id  path.id:order
POST /store/b2b/orders/:id/reorder  path.id:order
POST /store/b2b/orders/:id/cancel  path.id:order
GET /store/b2b/orders/:id/requests  path.id:order
POST /store/b2b/orders/:id/requests  path.id:order
GET /store/b2b/orders/:id/shipments  path.id:order
GET /store/b2b/price-lists
POST /store/b2b/price-lists
GET /store/b2b/price-lists/:id  path.id:b2b_price_list
GET /store/b2b/price-lists/:id/download  path.id:b2b_price_list
GET /store/b2b/requests
GET /store/b2b/requests/:id  path.id:b2b_request
POST /store/b2b/requests/:id/cancel  path.id:b2b_request
POST /store/b2b/requests/:id/messages  path.id:b2b_request
GET /store/b2b/requisites-changes
POST /store/b2b/requisites-changes
GET /store/b2b/return-reasons
GET /store/b2b/roles
POST /store/b2b/roles
DELETE /store/b2b/roles/:id  path.id:b2b_role
POST /store/b2b/roles/:id  path.id:b2b_role
GET /store/b2b/saved-carts
POST /store/b2b/saved-carts
DELETE /store/b2b/saved-carts/:id  path.id:b2b_saved_cart
GET /store/b2b/saved-carts/:id  path.id:b2b_saved_cart
POST /store/b2b/saved-carts/:id  path.id:b2b_saved_cart
POST /store/b2b/saved-carts/:id/restore  path.id:b2b_saved_cart
`,
  closed: `
POST /store/returns  body.order_id:order
POST /store/orders/:id/transfer/accept  path.id:order
POST /store/orders/:id/transfer/cancel  path.id:order
POST /store/orders/:id/transfer/decline  path.id:order
POST /store/orders/:id/transfer/request  path.id:order
`,
  admin: `
GET /admin/b2b/one-c/category-map
POST /admin/b2b/one-c/category-map
GET /admin/b2b/one-c/outbox
POST /admin/b2b/one-c/outbox/:id/retry
GET /admin/b2b/one-c/sessions
GET /admin/b2b/one-c/sessions/:id
POST /admin/b2b/one-c/sessions/:id
GET /admin/b2b/one-c/settings
GET /admin/b2b/order-statuses
POST /admin/b2b/order-statuses
DELETE /admin/b2b/order-statuses/:code
POST /admin/b2b/order-statuses/:code
GET /admin/b2b/product-terms
POST /admin/b2b/product-terms
POST /admin/b2b/pricing/variant-prices
GET /admin/b2b/registration-requests
POST /admin/b2b/registration-requests/:id/accept
POST /admin/b2b/registration-requests/:id/refuse
GET /admin/api-keys
POST /admin/api-keys
DELETE /admin/api-keys/:id
GET /admin/api-keys/:id
POST /admin/api-keys/:id
POST /admin/api-keys/:id/revoke
POST /admin/api-keys/:id/sales-channels
GET /admin/campaigns
POST /admin/campaigns
DELETE /admin/campaigns/:id
GET /admin/campaigns/:id
POST /admin/campaigns/:id
POST /admin/campaigns/:id/promotions
GET /admin/collections
POST /admin/collections
DELETE /admin/collections/:id
GET /admin/collections/:id
POST /admin/collections/:id
POST /admin/collections/:id/products
GET /admin/currencies
GET /admin/currencies/:code
GET /admin/customer-groups
POST /admin/customer-groups
DELETE /admin/customer-groups/:id
GET /admin/customer-groups/:id
POST /admin/customer-groups/:id
POST /admin/customer-groups/:id/customers
GET /admin/fulfillment-providers
GET /admin/fulfillment-providers/:id/options
DELETE /admin/fulfillment-sets/:id
POST /admin/fulfillment-sets/:id/service-zones
DELETE /admin/fulfillment-sets/:id/service-zones/:zone_id
GET /admin/fulfillment-sets/:id/service-zones/:zone_id
POST /admin/fulfillment-sets/:id/service-zones/:zone_id
GET /admin/index/details
POST /admin/index/sync
GET /admin/inventory-items
POST /admin/inventory-items
DELETE /admin/inventory-items/:id
GET /admin/inventory-items/:id
POST /admin/inventory-items/:id
GET /admin/inventory-items/:id/location-levels
POST /admin/inventory-items/:id/location-levels
DELETE /admin/inventory-items/:id/location-levels/:location_id
POST /admin/inventory-items/:id/location-levels/:location_id
POST /admin/inventory-items/:id/location-levels/batch
POST /admin/inventory-items/export
POST /admin/inventory-items/location-levels/batch
GET /admin/invites
POST /admin/invites
DELETE /admin/invites/:id
GET /admin/invites/:id
POST /admin/invites/:id/resend
POST /admin/invites/accept
DELETE /admin/layouts/:zone/configuration
GET /admin/layouts/:zone/configuration
POST /admin/layouts/:zone/configuration
GET /admin/layouts/configurations
GET /admin/locales
GET /admin/locales/:code
GET /admin/notifications
GET /admin/notifications/:id
GET /admin/payments/payment-providers
GET /admin/plugins
GET /admin/price-lists
POST /admin/price-lists
DELETE /admin/price-lists/:id
GET /admin/price-lists/:id
POST /admin/price-lists/:id
GET /admin/price-lists/:id/prices
POST /admin/price-lists/:id/prices/batch
POST /admin/price-lists/:id/products
GET /admin/price-preferences
POST /admin/price-preferences
DELETE /admin/price-preferences/:id
GET /admin/price-preferences/:id
POST /admin/price-preferences/:id
GET /admin/product-categories
POST /admin/product-categories
DELETE /admin/product-categories/:id
GET /admin/product-categories/:id
POST /admin/product-categories/:id
POST /admin/product-categories/:id/products
GET /admin/product-options
POST /admin/product-options
DELETE /admin/product-options/:id
GET /admin/product-options/:id
POST /admin/product-options/:id
GET /admin/product-options/:id/values
DELETE /admin/product-options/:id/values/:value_id
GET /admin/product-options/:id/values/:value_id
POST /admin/product-options/:id/values/:value_id
GET /admin/product-tags
POST /admin/product-tags
DELETE /admin/product-tags/:id
GET /admin/product-tags/:id
POST /admin/product-tags/:id
GET /admin/product-types
POST /admin/product-types
DELETE /admin/product-types/:id
GET /admin/product-types/:id
POST /admin/product-types/:id
GET /admin/product-variants
GET /admin/products
POST /admin/products
DELETE /admin/products/:id
GET /admin/products/:id
POST /admin/products/:id
POST /admin/products/:id/images/:image_id/variants/batch
GET /admin/products/:id/options
POST /admin/products/:id/options/batch
GET /admin/products/:id/variants
POST /admin/products/:id/variants
DELETE /admin/products/:id/variants/:variant_id
GET /admin/products/:id/variants/:variant_id
POST /admin/products/:id/variants/:variant_id
POST /admin/products/:id/variants/:variant_id/images/batch
POST /admin/products/:id/variants/:variant_id/inventory-items
DELETE /admin/products/:id/variants/:variant_id/inventory-items/:inventory_item_id
POST /admin/products/:id/variants/:variant_id/inventory-items/:inventory_item_id
POST /admin/products/:id/variants/batch
POST /admin/products/:id/variants/inventory-items/batch
POST /admin/products/batch
POST /admin/products/export
POST /admin/products/import
POST /admin/products/import/:transaction_id/confirm
POST /admin/products/imports
POST /admin/products/imports/:transaction_id/confirm
GET /admin/promotions
POST /admin/promotions
DELETE /admin/promotions/:id
GET /admin/promotions/:id
POST /admin/promotions/:id
GET /admin/promotions/:id/:rule_type
POST /admin/promotions/:id/buy-rules/batch
POST /admin/promotions/:id/rules/batch
POST /admin/promotions/:id/target-rules/batch
GET /admin/promotions/rule-attribute-options/:rule_type
GET /admin/promotions/rule-value-options/:rule_type/:rule_attribute_id
GET /admin/property-labels
POST /admin/property-labels
DELETE /admin/property-labels/:id
GET /admin/property-labels/:id
POST /admin/property-labels/:id
POST /admin/property-labels/batch
GET /admin/rbac/me/permissions
GET /admin/rbac/policies
POST /admin/rbac/policies
DELETE /admin/rbac/policies/:id
GET /admin/rbac/policies/:id
POST /admin/rbac/policies/:id
GET /admin/rbac/policies/:id/roles
GET /admin/rbac/policies/assignable
GET /admin/rbac/roles
POST /admin/rbac/roles
DELETE /admin/rbac/roles/:id
GET /admin/rbac/roles/:id
POST /admin/rbac/roles/:id
GET /admin/rbac/roles/:id/policies
POST /admin/rbac/roles/:id/policies
DELETE /admin/rbac/roles/:id/policies/:policy_id
DELETE /admin/rbac/roles/:id/users
GET /admin/rbac/roles/:id/users
POST /admin/rbac/roles/:id/users
GET /admin/rbac/roles/assignable
GET /admin/refund-reasons
POST /admin/refund-reasons
DELETE /admin/refund-reasons/:id
GET /admin/refund-reasons/:id
POST /admin/refund-reasons/:id
GET /admin/regions
POST /admin/regions
DELETE /admin/regions/:id
GET /admin/regions/:id
POST /admin/regions/:id
GET /admin/reservations
POST /admin/reservations
DELETE /admin/reservations/:id
GET /admin/reservations/:id
POST /admin/reservations/:id
GET /admin/return-reasons
POST /admin/return-reasons
DELETE /admin/return-reasons/:id
GET /admin/return-reasons/:id
POST /admin/return-reasons/:id
GET /admin/sales-channels
POST /admin/sales-channels
DELETE /admin/sales-channels/:id
GET /admin/sales-channels/:id
POST /admin/sales-channels/:id
POST /admin/sales-channels/:id/products
GET /admin/search
GET /admin/search-indexes
DELETE /admin/search-indexes/:id
POST /admin/search-indexes/:id/reindex
GET /admin/shipping-option-types
POST /admin/shipping-option-types
DELETE /admin/shipping-option-types/:id
GET /admin/shipping-option-types/:id
POST /admin/shipping-option-types/:id
GET /admin/shipping-options
POST /admin/shipping-options
DELETE /admin/shipping-options/:id
GET /admin/shipping-options/:id
POST /admin/shipping-options/:id
POST /admin/shipping-options/:id/rules/batch
GET /admin/shipping-profiles
POST /admin/shipping-profiles
DELETE /admin/shipping-profiles/:id
GET /admin/shipping-profiles/:id
POST /admin/shipping-profiles/:id
GET /admin/stock-locations
POST /admin/stock-locations
DELETE /admin/stock-locations/:id
GET /admin/stock-locations/:id
POST /admin/stock-locations/:id
POST /admin/stock-locations/:id/fulfillment-providers
POST /admin/stock-locations/:id/fulfillment-sets
POST /admin/stock-locations/:id/sales-channels
GET /admin/stores
GET /admin/stores/:id
POST /admin/stores/:id
GET /admin/tax-providers
GET /admin/tax-rates
POST /admin/tax-rates
DELETE /admin/tax-rates/:id
GET /admin/tax-rates/:id
POST /admin/tax-rates/:id
POST /admin/tax-rates/:id/rules
DELETE /admin/tax-rates/:id/rules/:rule_id
GET /admin/tax-regions
POST /admin/tax-regions
DELETE /admin/tax-regions/:id
GET /admin/tax-regions/:id
POST /admin/tax-regions/:id
GET /admin/translations
POST /admin/translations/batch
GET /admin/translations/entities
GET /admin/translations/settings
POST /admin/translations/settings/batch
GET /admin/translations/statistics
POST /admin/uploads
DELETE /admin/uploads/:id
GET /admin/uploads/:id
POST /admin/uploads/presigned-urls
GET /admin/users
DELETE /admin/users/:id
GET /admin/users/:id
POST /admin/users/:id
GET /admin/users/:id/auth-providers
POST /admin/users/:id/reset-password
DELETE /admin/users/:id/roles
GET /admin/users/:id/roles
POST /admin/users/:id/roles
DELETE /admin/users/:id/roles/:role_id
GET /admin/users/me
GET /admin/views/:entity/columns
GET /admin/views/:entity/configurations
POST /admin/views/:entity/configurations
DELETE /admin/views/:entity/configurations/:id
GET /admin/views/:entity/configurations/:id
POST /admin/views/:entity/configurations/:id
GET /admin/views/:entity/configurations/active
POST /admin/views/:entity/configurations/active
GET /admin/views/entities
GET /admin/workflows-executions
GET /admin/workflows-executions/:id
GET /admin/workflows-executions/:workflow_id/:transaction_id
GET /admin/workflows-executions/:workflow_id/:transaction_id/subscribe
POST /admin/workflows-executions/:workflow_id/run
POST /admin/workflows-executions/:workflow_id/steps/failure
POST /admin/workflows-executions/:workflow_id/steps/success
GET /admin/workflows-executions/:workflow_id/subscribe
`,
  manager: `
GET /admin/claims  list:claim
POST /admin/claims  body.order_id:order
GET /admin/claims/:id  path.id:claim
POST /admin/claims/:id/cancel  path.id:claim
POST /admin/claims/:id/claim-items  path.id:claim
DELETE /admin/claims/:id/claim-items/:action_id  path.id:claim
POST /admin/claims/:id/claim-items/:action_id  path.id:claim
POST /admin/claims/:id/inbound/items  path.id:claim
DELETE /admin/claims/:id/inbound/items/:action_id  path.id:claim
POST /admin/claims/:id/inbound/items/:action_id  path.id:claim
POST /admin/claims/:id/inbound/shipping-method  path.id:claim
DELETE /admin/claims/:id/inbound/shipping-method/:action_id  path.id:claim
POST /admin/claims/:id/inbound/shipping-method/:action_id  path.id:claim
POST /admin/claims/:id/outbound/items  path.id:claim
DELETE /admin/claims/:id/outbound/items/:action_id  path.id:claim
POST /admin/claims/:id/outbound/items/:action_id  path.id:claim
POST /admin/claims/:id/outbound/shipping-method  path.id:claim
DELETE /admin/claims/:id/outbound/shipping-method/:action_id  path.id:claim
POST /admin/claims/:id/outbound/shipping-method/:action_id  path.id:claim
DELETE /admin/claims/:id/request  path.id:claim
POST /admin/claims/:id/request  path.id:claim
GET /admin/customers  list:customer
POST /admin/customers
DELETE /admin/customers/:id  path.id:customer
GET /admin/customers/:id  path.id:customer
POST /admin/customers/:id  path.id:customer
GET /admin/customers/:id/addresses  path.id:customer
POST /admin/customers/:id/addresses  path.id:customer
DELETE /admin/customers/:id/addresses/:address_id  path.id:customer
GET /admin/customers/:id/addresses/:address_id  path.id:customer
POST /admin/customers/:id/addresses/:address_id  path.id:customer
POST /admin/customers/:id/customer-groups  path.id:customer
GET /admin/draft-orders  list:order
POST /admin/draft-orders
DELETE /admin/draft-orders/:id  path.id:order
GET /admin/draft-orders/:id  path.id:order
POST /admin/draft-orders/:id  path.id:order
POST /admin/draft-orders/:id/convert-to-order  path.id:order
DELETE /admin/draft-orders/:id/edit  path.id:order
POST /admin/draft-orders/:id/edit  path.id:order
POST /admin/draft-orders/:id/edit/confirm  path.id:order
POST /admin/draft-orders/:id/edit/items  path.id:order
DELETE /admin/draft-orders/:id/edit/items/:action_id  path.id:order
POST /admin/draft-orders/:id/edit/items/:action_id  path.id:order
POST /admin/draft-orders/:id/edit/items/item/:item_id  path.id:order
DELETE /admin/draft-orders/:id/edit/promotions  path.id:order
POST /admin/draft-orders/:id/edit/promotions  path.id:order
POST /admin/draft-orders/:id/edit/request  path.id:order
POST /admin/draft-orders/:id/edit/shipping-methods  path.id:order
DELETE /admin/draft-orders/:id/edit/shipping-methods/:action_id  path.id:order
POST /admin/draft-orders/:id/edit/shipping-methods/:action_id  path.id:order
DELETE /admin/draft-orders/:id/edit/shipping-methods/method/:method_id  path.id:order
POST /admin/draft-orders/:id/edit/shipping-methods/method/:method_id  path.id:order
GET /admin/exchanges  list:exchange
POST /admin/exchanges  body.order_id:order
GET /admin/exchanges/:id  path.id:exchange
POST /admin/exchanges/:id/cancel  path.id:exchange
POST /admin/exchanges/:id/inbound/items  path.id:exchange
DELETE /admin/exchanges/:id/inbound/items/:action_id  path.id:exchange
POST /admin/exchanges/:id/inbound/items/:action_id  path.id:exchange
POST /admin/exchanges/:id/inbound/shipping-method  path.id:exchange
DELETE /admin/exchanges/:id/inbound/shipping-method/:action_id  path.id:exchange
POST /admin/exchanges/:id/inbound/shipping-method/:action_id  path.id:exchange
POST /admin/exchanges/:id/outbound/items  path.id:exchange
DELETE /admin/exchanges/:id/outbound/items/:action_id  path.id:exchange
POST /admin/exchanges/:id/outbound/items/:action_id  path.id:exchange
POST /admin/exchanges/:id/outbound/shipping-method  path.id:exchange
DELETE /admin/exchanges/:id/outbound/shipping-method/:action_id  path.id:exchange
POST /admin/exchanges/:id/outbound/shipping-method/:action_id  path.id:exchange
DELETE /admin/exchanges/:id/request  path.id:exchange
POST /admin/exchanges/:id/request  path.id:exchange
POST /admin/fulfillments/:id/cancel  path.id:fulfillment
POST /admin/fulfillments/:id/shipment  path.id:fulfillment
POST /admin/order-changes/:id  path.id:order_change
POST /admin/order-edits  body.order_id:order
DELETE /admin/order-edits/:id  path.id:order
POST /admin/order-edits/:id/confirm  path.id:order
POST /admin/order-edits/:id/items  path.id:order
DELETE /admin/order-edits/:id/items/:action_id  path.id:order
POST /admin/order-edits/:id/items/:action_id  path.id:order
POST /admin/order-edits/:id/items/item/:item_id  path.id:order
POST /admin/order-edits/:id/request  path.id:order
POST /admin/order-edits/:id/shipping-method  path.id:order
DELETE /admin/order-edits/:id/shipping-method/:action_id  path.id:order
POST /admin/order-edits/:id/shipping-method/:action_id  path.id:order
GET /admin/orders  list:order
GET /admin/orders/:id  path.id:order
POST /admin/orders/:id  path.id:order
POST /admin/orders/:id/archive  path.id:order
POST /admin/orders/:id/cancel  path.id:order
GET /admin/orders/:id/changes  path.id:order
POST /admin/orders/:id/complete  path.id:order
POST /admin/orders/:id/credit-lines  path.id:order
POST /admin/orders/:id/fulfillments  path.id:order
POST /admin/orders/:id/fulfillments/:fulfillment_id/cancel  path.id:order
POST /admin/orders/:id/fulfillments/:fulfillment_id/mark-as-delivered  path.id:order
POST /admin/orders/:id/fulfillments/:fulfillment_id/shipments  path.id:order
GET /admin/orders/:id/line-items  path.id:order
POST /admin/orders/:id/payment-sessions/authorize  path.id:order
GET /admin/orders/:id/preview  path.id:order
GET /admin/orders/:id/shipping-options  path.id:order
POST /admin/orders/:id/transfer  path.id:order
POST /admin/orders/:id/transfer/cancel  path.id:order
POST /admin/orders/:id/transfer/guest  path.id:order
POST /admin/payment-collections  body.order_id:order
DELETE /admin/payment-collections/:id  path.id:payment_collection
POST /admin/payment-collections/:id/mark-as-paid  path.id:payment_collection
POST /admin/payment-collections/:id/payment-sessions  path.id:payment_collection
GET /admin/payments/:id  path.id:payment
POST /admin/payments/:id/capture  path.id:payment
POST /admin/payments/:id/refund  path.id:payment
GET /admin/returns  list:return
POST /admin/returns  body.order_id:order
GET /admin/returns/:id  path.id:return
POST /admin/returns/:id  path.id:return
POST /admin/returns/:id/cancel  path.id:return
POST /admin/returns/:id/dismiss-items  path.id:return
DELETE /admin/returns/:id/dismiss-items/:action_id  path.id:return
POST /admin/returns/:id/dismiss-items/:action_id  path.id:return
DELETE /admin/returns/:id/receive  path.id:return
POST /admin/returns/:id/receive  path.id:return
POST /admin/returns/:id/receive-items  path.id:return
DELETE /admin/returns/:id/receive-items/:action_id  path.id:return
POST /admin/returns/:id/receive-items/:action_id  path.id:return
POST /admin/returns/:id/receive/confirm  path.id:return
DELETE /admin/returns/:id/request  path.id:return
POST /admin/returns/:id/request  path.id:return
POST /admin/returns/:id/request-items  path.id:return
DELETE /admin/returns/:id/request-items/:action_id  path.id:return
POST /admin/returns/:id/request-items/:action_id  path.id:return
POST /admin/returns/:id/shipping-method  path.id:return
DELETE /admin/returns/:id/shipping-method/:action_id  path.id:return
POST /admin/returns/:id/shipping-method/:action_id  path.id:return
GET /admin/b2b/audit-events
GET /admin/b2b/credit/accounts
POST /admin/b2b/credit/accounts
GET /admin/b2b/credit/accounts/:id  path.id:b2b_credit_account
POST /admin/b2b/credit/accounts/:id  path.id:b2b_credit_account
GET /admin/b2b/credit/accounts/:id/entries  path.id:b2b_credit_account
POST /admin/b2b/credit/accounts/:id/entries  path.id:b2b_credit_account
GET /admin/b2b/credit/accounts/:id/overrides  path.id:b2b_credit_account
POST /admin/b2b/credit/accounts/:id/overrides  path.id:b2b_credit_account
GET /admin/b2b/credit/accounts/:id/schedule  path.id:b2b_credit_account
POST /admin/b2b/credit/accounts/:id/schedule  path.id:b2b_credit_account
GET /admin/b2b/document-templates
POST /admin/b2b/document-templates
POST /admin/b2b/document-templates/preview
GET /admin/b2b/documents
POST /admin/b2b/documents
GET /admin/b2b/documents/:id  path.id:b2b_document
GET /admin/b2b/documents/:id/download  path.id:b2b_document
POST /admin/b2b/documents/:id/regenerate  path.id:b2b_document
POST /admin/b2b/documents/:id/sent  path.id:b2b_document
DELETE /admin/b2b/employees/:id  path.id:b2b_employee
POST /admin/b2b/employees/:id  path.id:b2b_employee
GET /admin/b2b/guest-orders
POST /admin/b2b/guest-orders/:order_id/attach
GET /admin/b2b/holdings
POST /admin/b2b/holdings
DELETE /admin/b2b/holdings/:id  path.id:b2b_holding
GET /admin/b2b/holdings/:id  path.id:b2b_holding
POST /admin/b2b/holdings/:id  path.id:b2b_holding
POST /admin/b2b/impersonations
GET /admin/b2b/legal-entities
POST /admin/b2b/legal-entities
GET /admin/b2b/legal-entities/:id  path.id:b2b_legal_entity
POST /admin/b2b/legal-entities/:id  path.id:b2b_legal_entity
GET /admin/b2b/legal-entities/:id/employees  path.id:b2b_legal_entity
POST /admin/b2b/legal-entities/:id/employees  path.id:b2b_legal_entity
GET /admin/b2b/managers
POST /admin/b2b/managers
DELETE /admin/b2b/managers/:id
GET /admin/b2b/me
GET /admin/b2b/orders/:id/shipments  path.id:order
POST /admin/b2b/orders/:id/shipments  path.id:order
POST /admin/b2b/orders/:id/shipments/:shipment_id  path.id:order
GET /admin/b2b/orders/:id/status  path.id:order
POST /admin/b2b/orders/:id/status  path.id:order
GET /admin/b2b/pricing/:entity
POST /admin/b2b/pricing/:entity
DELETE /admin/b2b/pricing/:entity/:id
GET /admin/b2b/pricing/:entity/:id
POST /admin/b2b/pricing/:entity/:id
GET /admin/b2b/pricing/explain
GET /admin/b2b/requests
GET /admin/b2b/requests/:id  path.id:b2b_request
POST /admin/b2b/requests/:id  path.id:b2b_request
GET /admin/b2b/requisites-changes
POST /admin/b2b/requisites-changes/:id/approve  path.id:b2b_requisites_change
POST /admin/b2b/requisites-changes/:id/reject  path.id:b2b_requisites_change
GET /admin/b2b/seller-organizations
POST /admin/b2b/seller-organizations
DELETE /admin/b2b/seller-organizations/:id
GET /admin/b2b/seller-organizations/:id
POST /admin/b2b/seller-organizations/:id
GET /admin/b2b/seller-organizations/:id/products
POST /admin/b2b/seller-organizations/:id/products
GET /admin/b2b/seller-organizations/:id/stock-locations
POST /admin/b2b/seller-organizations/:id/stock-locations
`,
  executive: `
POST /admin/fulfillments
POST /admin/orders/export
GET /admin/payments
`,
  "1c": `
POST /1c/api/agreements
GET /1c/api/counterparties
POST /1c/api/counterparties
POST /1c/api/credit-limits
POST /1c/api/settlements
GET /1c/exchange
POST /1c/exchange
`,
  webhook: `
POST /hooks/payment/:provider
`,
} as const

export type Access = keyof typeof ROUTE_TABLE
/** Objects a route names that the inventory's guards resolve to a company (cart, order …) or that the handler checks (b2b_*). */
export type ObjectKind = string
export type ObjectRef = { where: "path" | "body" | "query"; key: string; kind: ObjectKind }
export type RouteEntry = {
  method: string
  path: string
  access: Access
  refs: ObjectRef[]
  perm?: string
  list?: ObjectKind
}

function parse(): RouteEntry[] {
  const out: RouteEntry[] = []
  for (const [access, block] of Object.entries(ROUTE_TABLE) as [Access, string][]) {
    for (const line of block
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)) {
      const [method, path, ...tags] = line.split(/\s+/)
      const entry: RouteEntry = { method, path, access, refs: [] }
      for (const tag of tags) {
        if (tag.startsWith("perm:")) entry.perm = tag.slice(5)
        else if (tag.startsWith("list:")) entry.list = tag.slice(5)
        else {
          const m = tag.match(/^(path|body|query)\.([a-z_]+):([a-z0-9_]+)$/)
          if (!m) throw new Error(`route inventory: cannot read "${tag}" in "${line}"`)
          entry.refs.push({ where: m[1] as ObjectRef["where"], key: m[2], kind: m[3] })
        }
      }
      out.push(entry)
    }
  }
  return out
}

export const ROUTE_INVENTORY: readonly RouteEntry[] = parse()
export const routeKey = (method: string, path: string) => `${method} ${path}`
