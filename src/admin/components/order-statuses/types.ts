/** The shapes of /admin/b2b/order-statuses and /admin/b2b/orders/:id/status, written once in src/types. */
export type {
  OrderB2bStatus,
  OrderStatus,
  OrderStatusHistoryEntry as HistoryEntry,
} from "../../../types/ordering/http"

export const COLORS = ["grey", "blue", "green", "orange", "red", "purple"] as const
export const badgeColor = (c: string | null | undefined) =>
  (COLORS as readonly string[]).includes(c ?? "") ? (c as (typeof COLORS)[number]) : "grey"
