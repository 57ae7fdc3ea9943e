export type NewRequestInput = {
  order_id: string
  legal_entity_id: string
  customer_id: string
  type: "complaint" | "feedback" | "return" | "document"
  subject?: string | null
  message?: string | null
  reason_code?: string | null
  items?: {
    order_item_id: string
    quantity: number
    reason_code?: string | null
    note?: string | null
  }[]
  document_type?: string | null
}
