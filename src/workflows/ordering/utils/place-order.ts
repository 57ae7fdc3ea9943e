import { type SplitKind } from "../../../modules/ordering"

export type PlaceOrderInput = {
  cart_id: string
  customer_id: string
  legal_entity_id: string
  /** The counterparty's sales region (picks the delivery warehouse among the sales channel's ones). */
  region_code: string | null
  /** Requested shipment date of pre-order lines (else metadata.b2b_checkout.preorder_date). */
  preorder_date?: string | null
}

/** One order to be placed: which lines (and how much of each) and what its metadata says. */
export type PlannedOrder = {
  key: string
  kind: SplitKind | null
  seller_organization_id: string | null
  location_id: string | null
  preorder_date: string | null
  lines: { line_id: string; quantity: number }[]
  metadata: Record<string, unknown>
}

export type Placement = {
  placement_id: string
  cart_id: string
  mode: "shipments" | "orders"
  split: "availability" | "none"
  orders: PlannedOrder[]
}
