export type NewDocument = {
  type: "invoice" | "upd" | "reconciliation_act"
  legal_entity_id: string
  order_id?: string | null
  shipment_id?: string | null
  period_from?: string | null
  period_to?: string | null
  requested_by?: string | null
  /** One document per (type, order, shipment): a repeated request returns the existing one. */
  unique_per_source?: boolean
}
