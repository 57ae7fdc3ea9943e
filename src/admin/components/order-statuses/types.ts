export type OrderStatus = {
  id: string
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

export type HistoryEntry = {
  code: string
  at: string
  by: string | null
  source: string
  comment: string | null
  one_c_raw?: string | null
}

export type OrderB2bStatus = {
  order_id: string
  order_status: string
  status: OrderStatus
  changed_at: string | null
  changed_by: string | null
  source: string | null
  history: HistoryEntry[]
  statuses: OrderStatus[]
}

export const COLORS = ["grey", "blue", "green", "orange", "red", "purple"] as const
export const badgeColor = (c: string | null | undefined) =>
  (COLORS as readonly string[]).includes(c ?? "") ? (c as (typeof COLORS)[number]) : "grey"
