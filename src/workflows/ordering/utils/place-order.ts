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
  /**
   * The warehouses the order ships from, one delivery method each (partSources): one in mode
   * "orders"; in mode "shipments" one per warehouse of its shipment plan. Empty: no warehouse known.
   */
  shipping_location_ids: string[]
  lines: { line_id: string; quantity: number }[]
  metadata: Record<string, unknown>
}

/**
 * The acting counterparty of a placement, established once from the workflow's input (and checked
 * against the cart) and carried on to the split carts and to each completion, where the credit hook
 * reads it (see B2BCompleteCartInput).
 */
export type PlacementCounterparty = {
  legal_entity_id: string
  holding_id: string | null
  seller_organization_id: string | null
}

/**
 * What placeB2BOrderWorkflow passes to Medusa's completeCartWorkflow: the cart id plus the carried
 * counterparty (null: a cart of no counterparty). Absent when a cart is completed through Medusa's own
 * POST /store/carts/:id/complete; the credit hook then reads the cart's counterparty link.
 */
export type B2BCompleteCartInput = {
  id: string
  b2b_counterparty?: { legal_entity_id: string; holding_id: string | null } | null
}

export type Placement = {
  placement_id: string
  cart_id: string
  /** The acting counterparty the cart is placed for (null: the cart belongs to none). */
  counterparty: PlacementCounterparty | null
  mode: "shipments" | "orders"
  split: "availability" | "none"
  orders: PlannedOrder[]
}
