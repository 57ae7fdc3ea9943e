import type { MedusaContainer } from "@medusajs/framework/types"
import type OrderingModuleService from "./service"
import type { OrderStatus } from "../../types/ordering/responses"

/** The module's container key (= ORDERING_MODULE of ./index, which imports this file). */
const ORDERING = "ordering"

/** A configured B2B order status (see modules/ordering/models/order-status.ts): the shape the HTTP API answers. */
export type B2bStatus = OrderStatus

export type B2bState = {
  order_id: string
  status_code: string
  changed_at: Date | string
  changed_by: string | null
  source: string
  history: unknown
}

/**
 * The default statuses as rows: [code, name, 1C id, sort, default for new, final, final action, color].
 * The migration that creates the table inserts exactly these (Migration20261125103019).
 */
export const DEFAULT_STATUSES: [
  string,
  string,
  string,
  number,
  boolean,
  boolean,
  "complete" | "cancel" | null,
  string,
][] = [
  ["new", "Принят", "N", 10, true, false, null, "blue"],
  ["confirmed", "Подтвержден", "Y", 20, false, false, null, "purple"],
  ["assembling", "Комплектуется", "K", 30, false, false, null, "orange"],
  ["shipped", "Отгружен", "S", 40, false, false, null, "orange"],
  ["delivered", "Доставлен", "D", 50, false, false, null, "green"],
  ["completed", "Выполнен", "F", 60, false, true, "complete", "green"],
  ["canceled", "Отменен", "C", 70, false, true, "cancel", "red"],
]

/** The seeded list (the migration inserts the same rows): used only until the table is read once. */
export const DEFAULT_B2B_STATUSES: B2bStatus[] = DEFAULT_STATUSES.map(
  ([code, name, one_c_id, sort, is_default_for_new, is_final, final_action, color]) => ({
    code,
    name,
    one_c_id,
    one_c_name: name,
    sort,
    is_default_for_new,
    is_final,
    final_action,
    is_active: true,
    color,
    buyer_visible: true,
  })
)

let cached: B2bStatus[] | null = null

/** The last list read from the database (or the defaults): for synchronous callers such as 1C's mode=info. */
export const cachedStatuses = (): B2bStatus[] => cached ?? DEFAULT_B2B_STATUSES

/** Records the list last read from the database (the ordering service calls it). */
export const rememberStatuses = (rows: B2bStatus[]) => {
  cached = rows
}

/** Reads the configured statuses (sorted) and refreshes the in-process cache. */
export const loadStatuses = (container: Pick<MedusaContainer, "resolve">): Promise<B2bStatus[]> =>
  container.resolve<OrderingModuleService>(ORDERING).listStatuses()

/** Current B2B states of these orders by order id (one query). */
export const loadStates = (
  container: Pick<MedusaContainer, "resolve">,
  orderIds: string[]
): Promise<Map<string, B2bState>> =>
  container.resolve<OrderingModuleService>(ORDERING).statesByOrder(orderIds)

export const defaultStatus = (list: B2bStatus[]) =>
  list.find((s) => s.is_default_for_new) ?? list.find((s) => !s.is_final) ?? list[0]
export const finalStatusFor = (list: B2bStatus[], action: "complete" | "cancel") =>
  list.find((s) => s.is_final && s.final_action === action && s.is_active) ??
  list.find((s) => s.is_final && s.final_action === action)

/**
 * The B2B status code of an order: its recorded state, else derived from Medusa's status for
 * orders that never got one (placed before statuses existed, created by other paths).
 */
export function effectiveCode(
  order: { id: string; status?: string | null },
  state: B2bState | undefined,
  list: B2bStatus[]
): string {
  const action = (code: string | undefined) => list.find((s) => s.code === code)?.final_action
  // an order canceled or completed in Medusa itself (admin, another flow) shows as such
  if (order.status === "canceled" && action(state?.status_code) !== "cancel")
    return finalStatusFor(list, "cancel")?.code ?? "canceled"
  if (order.status === "completed" && !list.find((s) => s.code === state?.status_code)?.is_final)
    return finalStatusFor(list, "complete")?.code ?? "completed"
  if (state) return state.status_code
  return defaultStatus(list)?.code ?? "new"
}

/** What the buyer is shown of a status. */
export const publicStatus = (s: B2bStatus | undefined, code: string) => ({
  code,
  name: s?.name ?? code,
  color: s?.color ?? null,
  is_final: s?.is_final ?? false,
})

/** The code a buyer is shown: a status hidden from buyers shows as the last visible one before it. */
export function buyerCode(
  code: string,
  state: B2bState | undefined,
  byCode: Map<string, B2bStatus>
): string {
  if (byCode.get(code)?.buyer_visible !== false) return code
  // cast to any: history is a jsonb column (typed unknown by the DML)
  const prior = [...((state?.history as any[]) ?? [])]
    .reverse()
    .find((h) => byCode.get(h.code)?.buyer_visible !== false)
  return prior?.code ?? [...byCode.values()].find((s) => s.is_default_for_new)?.code ?? code
}

/** The history as shown to buyers (no user ids, no statuses hidden from buyers). */
export const publicHistory = (state: B2bState | undefined, byCode: Map<string, B2bStatus>) =>
  // cast to any: history is a jsonb column (typed unknown by the DML)
  ((state?.history as any[]) ?? [])
    .filter((h) => byCode.get(h.code)?.buyer_visible !== false)
    .map((h) => ({
      code: h.code,
      name: byCode.get(h.code)?.name ?? h.code,
      at: h.at,
      source: h.source,
      comment: h.comment ?? null,
    }))

/**
 * The configured status a 1C requisite pair means: by 1C id (`Статуса заказа ИД`), else by name
 * (`Статус заказа`, possibly written as "[N] Принят"), matched against the 1C name and the name.
 */
export function statusFrom1C(
  list: B2bStatus[],
  oneCId: string | null | undefined,
  oneCName: string | null | undefined
): B2bStatus | null {
  const id = (oneCId ?? "").trim()
  if (id) {
    const hit = list.find((s) => s.one_c_id && s.one_c_id === id)
    if (hit) return hit
  }
  const raw = (oneCName ?? "").trim()
  if (!raw) return null
  const m = /^\[([^\]]+)\]\s*(.*)$/.exec(raw)
  if (m) {
    const hit = list.find((s) => s.one_c_id && s.one_c_id === m[1].trim())
    if (hit) return hit
  }
  const name = (m ? m[2] : raw).trim().toLowerCase()
  return (
    list.find((s) => (s.one_c_name ?? "").toLowerCase() === name) ??
    list.find((s) => s.name.toLowerCase() === name) ??
    null
  )
}

/** The id/name written into an exported order for 1C. */
export const oneCStatus = (s: B2bStatus | undefined, code: string) => ({
  id: s?.one_c_id || code,
  name: s?.one_c_name || s?.name || code,
})

/** What decides whether a buyer may still cancel an order (read by the caller, judged by cancelRefusal). */
export type CancelFacts = {
  /** Medusa's order status (pending, completed, canceled, archived, …). */
  medusa_status: string | null | undefined
  /** The order's B2B status code (effectiveCode). */
  code: string
  /** Fulfillments created for it (picked, shipped or delivered goods), canceled ones excluded. */
  fulfillments: number
  /** Money captured or refunded on it (paid: the buyer asks the manager for a return instead). */
  paid: boolean
  /** Placed in 1C (an offline order sent to the portal by the sale exchange): 1C owns it. */
  offline?: boolean
}

/**
 * Why a buyer may NOT cancel this order, or null when they may. The rule: only an order that is
 * still new — in the status new orders get (is_default_for_new, «Принят»), i.e. not yet confirmed
 * by 1C or a manager, not being assembled, shipped, delivered or closed — with no fulfillment and
 * no payment taken, placed on the portal (an order placed in 1C is 1C's). Anything later is the manager's to cancel (goods may already be picked or
 * under way, and 1C has acted on it).
 */
export function cancelRefusal(facts: CancelFacts, list: B2bStatus[]): string | null {
  const status = list.find((s) => s.code === facts.code)
  const name = status?.name ?? facts.code
  if (facts.medusa_status === "canceled" || status?.final_action === "cancel")
    return "status: the order is already cancelled"
  if (["completed", "archived"].includes(String(facts.medusa_status)) || status?.is_final)
    return `status: the order is «${name}» (closed): it can no longer be cancelled`
  if (facts.offline) return "status: the order was placed in 1C: ask your manager to cancel it"
  if (facts.fulfillments > 0)
    return "status: goods of this order are already being assembled or shipped: ask your manager to cancel it"
  if (facts.paid)
    return "status: the order is paid: ask your manager to cancel it and refund the payment"
  if (facts.code !== defaultStatus(list)?.code)
    return `status: the order is «${name}» — already confirmed by the supplier: ask your manager to cancel it`
  return null
}
