/** The buyer API's answers the account pages show (/store/b2b/me, /credit, /orders, /documents). */

import type { MoneyTotals } from "./cart"

export type Membership = {
  legal_entity_id: string
  legal_entity_name: string
  legal_entity_status: "active" | "blocked"
  role_code: string
  role_name: string
  permissions: string[]
  is_default?: boolean
}

export type Me = {
  customer: {
    id: string
    email: string
    first_name: string | null
    last_name: string | null
    phone: string | null
  } | null
  active_counterparty: Membership
  memberships: Membership[]
  permissions: string[]
  impersonated_by: string | null
}

export type OrderRow = {
  id: string
  display_id: number | null
  created_at: string
  currency_code: string
  total: number | string | null
  email?: string | null
  metadata?: Record<string, unknown> | null
  source?: "online" | "offline"
  b2b_status?: { code: string; name: string; color: string | null; is_final: boolean }
}

export type OrderItem = {
  id: string
  title: string
  variant_sku: string | null
  quantity: number | string
  unit_price: number | string
  subtotal?: number | string | null
  total?: number | string | null
}

export type Order = OrderRow & {
  items: OrderItem[]
  subtotal: number | string | null
  tax_total: number | string | null
  shipping_address?: {
    address_1?: string | null
    city?: string | null
    company?: string | null
  } | null
  b2b_legal_entity?: { name: string } | null
  b2b_status_history?: { code: string; name: string; at: string; comment: string | null }[]
  /** net / VAT / gross by the backend's one money rule (what the invoice and 1C carry) */
  b2b_totals?: MoneyTotals | null
}

export type Credit = {
  currency_code: string
  credit_limit: string
  debt: string
  overdue: string
  open_orders: string
  available: string
  state: "ok" | "limit_reached" | "blocked"
  block_reason: string | null
  payment_terms_days: number | null
  can_order: boolean
}

export type B2BDocument = {
  id: string
  type: string
  number: string
  date: string
  status: "pending" | "ready" | "failed"
  total: string | null
  currency_code?: string | null
  order_id: string | null
  source: string
}
