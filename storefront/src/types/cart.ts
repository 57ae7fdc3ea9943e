/** The cart as Medusa's store API and the buyer API (/store/b2b/carts/*) return it. */

export type QuickRowResult = {
  row: number
  sku: string
  status: "added" | "unknown_sku" | "invalid_quantity" | "unavailable"
  message?: string
  quantity?: number
}

export type CartLine = {
  id: string
  title: string
  product_title?: string | null
  variant_sku?: string | null
  quantity: number | string
  unit_price: number | string
  subtotal?: number | string | null
  total?: number | string | null
}

export type Cart = {
  id: string
  currency_code: string
  completed_at?: string | null
  total?: number | string | null
  subtotal?: number | string | null
  tax_total?: number | string | null
  items?: CartLine[] | null
}

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

export type MoneyTotals = {
  currency_code?: string
  net: string
  vat: string
  gross: string
  vat_included: boolean
  lines: MoneyLineTotals[]
}
