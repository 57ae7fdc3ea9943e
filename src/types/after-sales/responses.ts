/**
 * Response shapes of the after-sales API, self-contained (they import nothing), so any TypeScript program can
 * take them. Re-exported by ./http.ts.
 */

/** the module's REQUEST_TYPES */
export type RequestType = "complaint" | "feedback" | "return" | "document"
/** the module's REQUEST_STATUSES */
export type RequestStatus =
  "open" | "in_progress" | "approved" | "rejected" | "resolved" | "canceled"

export type RequestItem = {
  order_item_id: string
  title: string
  quantity: number
  reason_code: string
  reason_label: string
  note: string | null
}

export type RequestMessage = {
  id: string
  author_type: "buyer" | "manager"
  author_id: string | null
  text: string
  created_at: string
}

export type OrderRequest = {
  id: string
  type: RequestType
  status: RequestStatus
  order_id: string
  order_display_id: number | null
  legal_entity_id: string | null
  legal_entity_name?: string | null
  customer?: { id: string; email: string; name: string | null } | null
  subject: string | null
  message: string | null
  reason_code: string | null
  reason_label: string | null
  parent_reason_label: string | null
  items: RequestItem[] | null
  document_type: string | null
  document_id: string | null
  return_id: string | null
  reply: string | null
  decided_at: string | null
  created_at: string
  messages?: RequestMessage[]
  return?: {
    id: string
    status: string
    display_id?: number
    items: { item_id: string; quantity: number }[]
  } | null
}

/** GET /admin/b2b/requests, GET /store/b2b/requests */
export type OrderRequestListResponse = {
  requests: OrderRequest[]
  count: number
  limit: number
  offset: number
}

/** GET /admin/b2b/requests/:id, POST /admin/b2b/requests/:id, GET /store/b2b/requests/:id,
 * POST /store/b2b/orders/:id/requests, POST /store/b2b/requests/:id/cancel */
export type OrderRequestResponse = { request: OrderRequest }

/** GET /store/b2b/orders/:id/requests */
export type StoreOrderRequestListResponse = { requests: OrderRequest[] }

/** POST /store/b2b/requests/:id/messages */
export type StoreRequestMessageResponse = { message: RequestMessage }

/** one of Medusa's return reasons, with its sub-reasons (only leaves can be chosen) */
export type ReturnReasonNode = {
  id: string
  value: string
  label: string
  description: string | null
  children: ReturnReasonNode[]
}

/** GET /store/b2b/return-reasons */
export type StoreReturnReasonsResponse = { return_reasons: ReturnReasonNode[] }
