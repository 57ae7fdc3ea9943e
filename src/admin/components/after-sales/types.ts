export const REQUEST_TYPES = ["complaint", "feedback", "return", "document"] as const
export const REQUEST_STATUSES = [
  "open",
  "in_progress",
  "approved",
  "rejected",
  "resolved",
  "canceled",
] as const

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
  type: (typeof REQUEST_TYPES)[number]
  status: (typeof REQUEST_STATUSES)[number]
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

export type RequestList = { requests: OrderRequest[]; count: number; limit: number; offset: number }

export const STATUS_COLOR: Record<string, "green" | "orange" | "red" | "blue" | "grey"> = {
  open: "orange",
  in_progress: "blue",
  approved: "green",
  resolved: "green",
  rejected: "red",
  canceled: "grey",
}

/** The statuses a manager may move a request to from its current one (mirrors the backend rules). */
export function nextStatuses(r: Pick<OrderRequest, "type" | "status">): string[] {
  if (r.status === "open" || r.status === "in_progress") {
    const all = ["in_progress", "approved", "rejected", "resolved"].filter((s) => s !== r.status)
    return r.type === "return" ? all.filter((s) => s !== "resolved") : all
  }
  return r.status === "approved" ? ["resolved"] : []
}
