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
