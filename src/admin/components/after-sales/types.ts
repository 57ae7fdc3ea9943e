import type { OrderRequest, RequestStatus, RequestType } from "../../../types/after-sales/http"

/** The shapes of /admin/b2b/requests, written once in src/types. */
export type {
  OrderRequest,
  OrderRequestListResponse as RequestList,
  RequestItem,
  RequestMessage,
} from "../../../types/after-sales/http"

export const REQUEST_TYPES = [
  "complaint",
  "feedback",
  "return",
  "document",
] as const satisfies readonly RequestType[]
export const REQUEST_STATUSES = [
  "open",
  "in_progress",
  "approved",
  "rejected",
  "resolved",
  "canceled",
] as const satisfies readonly RequestStatus[]

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
