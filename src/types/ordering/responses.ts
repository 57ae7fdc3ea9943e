/**
 * Response shapes of the ordering API, self-contained (they import nothing), so any TypeScript program can
 * take them: the storefront imports them through its `@b2b/types/*` path. Re-exported by ./http.ts.
 */

/** net / VAT / gross of one line by the portal's one money rule (what the invoice and 1C carry) */
export type MoneyLineTotals = {
  id: string
  unit_price: string
  quantity: string
  vat_included: boolean
  vat_rate: string | null
  net: string
  vat: string
  gross: string
}

/** net / VAT / gross of a cart or an order by the portal's one money rule */
export type MoneyTotals = {
  currency_code?: string
  net: string
  vat: string
  gross: string
  shipping_gross?: string
  vat_included: boolean
  lines: MoneyLineTotals[]
}

/** B2B status of an order as the buyer sees it */
export type StoreOrderB2bStatus = {
  code: string
  name: string
  color: string | null
  is_final: boolean
}

/** a row of GET /store/b2b/orders */
export type StoreOrderRow = {
  id: string
  display_id: number | null
  created_at: string
  currency_code: string
  total: number | string | null
  status?: string
  customer_id?: string | null
  email?: string | null
  metadata?: Record<string, unknown> | null
  source?: "online" | "offline"
  b2b_status?: StoreOrderB2bStatus
  b2b_status_history?: { code: string; name: string; at: string; comment: string | null }[]
}

export type StoreOrderItem = {
  id: string
  title: string
  variant_sku: string | null
  quantity: number | string
  unit_price: number | string
  subtotal?: number | string | null
  total?: number | string | null
}

/** the order of GET /store/b2b/orders/:id */
export type StoreOrder = StoreOrderRow & {
  items: StoreOrderItem[]
  subtotal: number | string | null
  tax_total: number | string | null
  shipping_address?: {
    address_1?: string | null
    city?: string | null
    company?: string | null
  } | null
  b2b_legal_entity?: { id?: string; name: string } | null
  /** net / VAT / gross by the backend's one money rule (what the invoice and 1C carry) */
  b2b_totals?: MoneyTotals | null
  /** the caller may cancel it now (orders.cancel and the order still new: POST /store/b2b/orders/:id/cancel) */
  can_cancel?: boolean
  /** why it cannot be cancelled by the buyer (null when it can, or when the caller lacks orders.cancel) */
  cancel_refusal?: string | null
}

/** GET /store/b2b/orders */
export type StoreOrderListResponse = {
  orders: StoreOrderRow[]
  count: number
  limit: number
  offset: number
}

/** GET /store/b2b/orders/:id */
export type StoreOrderResponse = { order: StoreOrder }

/** POST /store/b2b/orders/:id/cancel */
export type StoreCancelOrderResponse = { order_id: string; status: string; canceled: true }

export type StoreCartLine = {
  id: string
  title: string
  product_title?: string | null
  variant_sku?: string | null
  variant_id?: string | null
  quantity: number | string
  unit_price: number | string
  subtotal?: number | string | null
  total?: number | string | null
}

/** a cart as Medusa's store API and the buyer API (/store/b2b/carts/*) return it */
export type StoreCart = {
  id: string
  currency_code: string
  completed_at?: string | null
  region_id?: string | null
  customer_id?: string | null
  email?: string | null
  total?: number | string | null
  subtotal?: number | string | null
  tax_total?: number | string | null
  item_total?: number | string | null
  items?: StoreCartLine[] | null
  b2b_legal_entity?: { id: string } | null
}

/** one pasted row of a quick order (or one line of a repeated order) and what became of it */
export type QuickRowResult = {
  row: number
  sku: string
  status: "added" | "unknown_sku" | "invalid_quantity" | "unavailable"
  message?: string
  quantity?: number
}

/** GET /store/b2b/carts/:id/totals */
export type StoreCartTotalsResponse = { totals: MoneyTotals | null }

/** POST /store/b2b/carts/:id/quick-order */
export type StoreQuickOrderResponse = {
  rows: QuickRowResult[]
  summary: Record<string, unknown>
  cart: StoreCart
}

/** POST /store/b2b/orders/:id/reorder */
export type StoreReorderResponse = { rows: QuickRowResult[]; cart: StoreCart } & Record<
  string,
  unknown
>

/** one order placed by POST /store/b2b/carts/:id/place */
export type PlacedOrder = {
  id: string
  display_id: number
  key: string
  kind: string | null
  seller_organization_id: string | null
  location_id: string | null
  preorder_date: string | null
  shipment_plan?: unknown
}

/** POST /store/b2b/carts/:id/place */
export type StorePlaceOrderResponse = {
  group_id: string
  mode: "shipments" | "orders"
  split: "availability" | "none"
  orders: PlacedOrder[]
}

export type OrderStatus = {
  id?: string
  code: string
  name: string
  one_c_id: string | null
  one_c_name: string | null
  sort: number
  is_default_for_new: boolean
  is_final: boolean
  final_action: "complete" | "cancel" | null
  is_active: boolean
  color: string | null
  buyer_visible: boolean
}

export type OrderStatusHistoryEntry = {
  code: string
  at: string
  by: string | null
  source: string
  comment: string | null
  one_c_raw?: string | null
}

/** GET /admin/b2b/orders/:id/status */
export type OrderB2bStatus = {
  order_id: string
  order_status: string
  /** the status row, or only its code and name when the code is not configured (any more) */
  status: Pick<OrderStatus, "code" | "name"> & Partial<OrderStatus>
  changed_at: string | null
  changed_by: string | null
  source: string | null
  history: OrderStatusHistoryEntry[]
  statuses: OrderStatus[]
}

/** GET /admin/b2b/order-statuses */
export type AdminOrderStatusListResponse = { order_statuses: OrderStatus[] }

/** POST /admin/b2b/order-statuses, POST /admin/b2b/order-statuses/:code */
export type AdminOrderStatusResponse = { order_status: OrderStatus | undefined }

/** DELETE /admin/b2b/order-statuses/:code */
export type AdminOrderStatusDeleteResponse = { code: string; object: "order_status"; deleted: true }

/** GET and POST /admin/b2b/orders/:id/status */
export type AdminOrderB2bStatusResponse = { b2b_status: OrderB2bStatus }

/** the module's ShipmentStatus */
export type ShipmentStatus = "pending" | "packed" | "shipped" | "delivered" | "canceled"

export type Shipment = {
  id: string
  status: ShipmentStatus
  location: { id: string; name: string | null } | null
  items: { item_id: string; sku: string | null; title: string | null; quantity: number }[]
  tracking: { number: string | null; url: string | null }[]
  created_at: string | null
  packed_at: string | null
  shipped_at: string | null
  delivered_at: string | null
  canceled_at: string | null
  documents: { id: string; type: string; number: string; status: string }[]
}

/** what the order split planned and no shipment holds yet */
export type PlannedShipment = {
  key: string
  kind: string
  location: { id: string; name: string | null } | null
  preorder_date: string | null
  items: {
    item_id: string | null
    variant_id: string
    sku: string | null
    title: string | null
    quantity: number
  }[]
}

export type ShipmentLine = {
  item_id: string
  sku: string | null
  title: string | null
  variant_title: string | null
  ordered: number
  fulfilled: number
  shipped: number
  delivered: number
  /** the manager's view: quantity left to ship */
  remaining?: number
  status: string
}

/** GET /store/b2b/orders/:id/shipments */
export type StoreOrderShipmentsResponse = {
  order_id: string
  shipments: Shipment[]
  planned: PlannedShipment[]
  lines: ShipmentLine[]
}

/** GET /admin/b2b/orders/:id/shipments (with the warehouses to ship from) */
export type AdminOrderShipmentsResponse = StoreOrderShipmentsResponse & {
  legal_entity_id: string | null
  locations?: { id: string; name: string }[]
}

/** POST /admin/b2b/orders/:id/shipments, POST .../shipments/:shipment_id: the shipment and the order's shipments after it */
export type AdminShipmentResponse = AdminOrderShipmentsResponse & { shipment: Shipment | undefined }

/** the contact a guest left (metadata.b2b_guest) */
export type GuestContact = {
  phone: string
  email: string
  name: string | null
  company_name: string | null
  inn: string | null
  comment: string | null
  ip?: string | null
}

/** a row of GET /admin/b2b/guest-orders */
export type GuestOrder = {
  id: string
  display_id: number
  created_at: string
  status: string
  email: string | null
  currency_code: string
  total: string | number | null
  customer_id: string | null
  metadata: Record<string, unknown> | null
  items?: { id: string; title: string; variant_sku?: string | null; quantity: string | number }[]
  guest: GuestContact
  attached: {
    legal_entity_id: string
    customer_id: string | null
    by_user_id: string
    at: string
  } | null
  legal_entity: { id: string; name: string; inn?: string | null } | null
}

/** GET /admin/b2b/guest-orders */
export type AdminGuestOrderListResponse = {
  guest_orders: GuestOrder[]
  count: number
  unattached: number
  limit: number
  offset: number
}

/** POST /admin/b2b/guest-orders/:order_id/attach (409: already attached) */
export type AdminGuestOrderAttachResponse =
  { guest_order: GuestOrder } | { type: "conflict"; message: string }

/** POST /store/b2b/carts/:id/counterparty, POST /store/b2b/carts/:id/reprice */
export type StoreCartResponse = { cart: StoreCart }

/** what a cart (and then its order) keeps in metadata.b2b_checkout */
export type CheckoutDetails = {
  delivery_method: "delivery" | "pickup"
  address_id: string | null
  address: Record<string, string | null> | null
  consignee: { name: string; inn: string | null; kpp: string | null } | null
  pickup_location_id: string | null
  pickup_location: {
    id: string
    name: string
    address: string | null
    region_code: string | null
  } | null
  requested_date: string | null
  time_window: string | null
  comment: string | null
  po_number: string | null
  preorder_date?: string | null
  region_code: string | null
  updated_at: string
  updated_by_customer_id: string
}

/** POST /store/b2b/carts/:id/checkout */
export type StoreCheckoutResponse = {
  checkout: CheckoutDetails
  cart: {
    id: string
    metadata: Record<string, unknown> | null
    shipping_address: Record<string, unknown> | null
  }
}

/** an XLSX sheet (GET /store/b2b/carts/:id/export, GET /store/b2b/quick-order/template) */
export type XlsxFile = Uint8Array

/** an order placed in one click, as its buyer sees it */
export type OneClickOrder = {
  id: string
  display_id: number
  status: string
  created_at: string
  email: string | null
  currency_code: string
  total: number | string
  shipping_total: number | string
  customer_id: string | null
  metadata: Record<string, unknown> | null
  items: Record<string, unknown>[] | null
  shipping_address: Record<string, unknown> | null
  shipping_methods:
    | { id: string; name: string; shipping_option_id: string | null; amount: number | string }[]
    | null
  payment_collections:
    { id: string; payment_sessions: { provider_id: string; status: string }[] | null }[] | null
}

/** POST /store/b2b/carts/:id/one-click, POST /store/b2b/one-click, POST /store/b2b/guest-orders */
export type StoreOneClickResponse = {
  /** the first (or only) order; a cart split by seller or availability placed several */
  order: OneClickOrder | undefined
  orders: OneClickOrder[]
  cart_id: string
  shipping_options: { id: string; name: string }[]
}

/** GET /store/b2b/one-click/settings */
export type StoreOneClickSettingsResponse = {
  payment_provider_id: string
  guest_one_click: boolean
  guest_orders_per_hour: number
}

/** a saved cart or order template (its lines as they were saved) */
export type SavedCart = {
  id: string
  legal_entity_id: string
  customer_id: string
  name: string
  kind: "cart" | "template"
  is_shared: boolean
  items: { variant_id: string; sku: string | null; title: string; quantity: number }[]
  item_count: number
  note: string | null
  created_at: string
  updated_at: string
}

/** GET /store/b2b/saved-carts */
export type StoreSavedCartListResponse = { saved_carts: SavedCart[] }

/** GET, POST /store/b2b/saved-carts/:id, POST /store/b2b/saved-carts */
export type StoreSavedCartResponse = { saved_cart: SavedCart }

/** DELETE /store/b2b/saved-carts/:id */
export type StoreSavedCartDeleteResponse = { id: string; object: "saved_cart"; deleted: true }

/** how many rows of a fill were added, unknown, of an invalid quantity, unavailable */
export type FillSummary = {
  added: number
  unknown_sku: number
  invalid_quantity: number
  unavailable: number
}

/** POST /store/b2b/saved-carts/:id/restore: every line reported, and the cart after */
export type StoreSavedCartRestoreResponse = {
  rows: QuickRowResult[]
  summary: FillSummary
  cart: StoreCart
}
