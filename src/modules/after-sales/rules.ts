import { MedusaError } from "@medusajs/framework/utils"

/**
 * Pure rules of after-sales requests (no I/O): the return-reason tree, leaf reasons, return item
 * quantities and status transitions. Used by the after-sales workflows; unit tested.
 */

export type ReturnReasonRow = {
  id: string
  value: string
  label: string
  description?: string | null
  parent_return_reason_id?: string | null
}

export type ReasonNode = {
  id: string
  value: string
  label: string
  description: string | null
  children: ReasonNode[]
}

/** Medusa's flat return reasons as a tree (roots first, each level sorted by label). */
export function reasonTree(rows: ReturnReasonRow[]): ReasonNode[] {
  const nodes = new Map<string, ReasonNode>()
  for (const r of rows)
    nodes.set(r.id, {
      id: r.id,
      value: r.value,
      label: r.label,
      description: r.description ?? null,
      children: [],
    })
  const roots: ReasonNode[] = []
  for (const r of rows) {
    const node = nodes.get(r.id)!
    const parent = r.parent_return_reason_id ? nodes.get(r.parent_return_reason_id) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  const sort = (list: ReasonNode[]) => {
    list.sort((a, b) => a.label.localeCompare(b.label, "ru"))
    list.forEach((n) => sort(n.children))
    return list
  }
  return sort(roots)
}

export type ResolvedReason = {
  id: string
  code: string
  label: string
  parent_code: string | null
  parent_label: string | null
}

/** A reason given by its code (`value`) or id; it must exist and be a leaf (no sub-reasons). */
export function leafReason(
  rows: ReturnReasonRow[],
  codeOrId: string,
  field: string
): ResolvedReason {
  const r = rows.find((x) => x.value === codeOrId) ?? rows.find((x) => x.id === codeOrId)
  if (!r)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field}: unknown return reason "${codeOrId}"`
    )
  if (rows.some((x) => x.parent_return_reason_id === r.id)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field}: "${r.label}" has sub-reasons, choose one of them`
    )
  }
  const parent = r.parent_return_reason_id
    ? rows.find((x) => x.id === r.parent_return_reason_id)
    : undefined
  return {
    id: r.id,
    code: r.value,
    label: r.label,
    parent_code: parent?.value ?? null,
    parent_label: parent?.label ?? null,
  }
}

export type OrderLine = {
  id: string
  title: string
  /** ordered quantity */
  quantity: number
  /** already requested, received or dismissed in Medusa returns */
  returned: number
}

export type ReturnItemInput = {
  order_item_id: string
  quantity: number
  reason_code?: string | null
  note?: string | null
}

export type ReturnItemRow = {
  order_item_id: string
  title: string
  quantity: number
  reason_id: string
  reason_code: string
  reason_label: string
  parent_reason_code: string | null
  note: string | null
}

/**
 * Validates the items of a return request: each belongs to the order, asks for 1 … (ordered − already
 * returned − asked in other open requests, counting earlier rows of this request too) and has a leaf
 * reason (its own or the request's). Errors name the row, e.g. `items[1].quantity`.
 */
export function validateReturnItems(
  lines: OrderLine[],
  pending: Record<string, number>,
  items: ReturnItemInput[],
  reasons: ReturnReasonRow[],
  defaultReason?: string | null
): ReturnItemRow[] {
  if (!items.length)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "items: a return request needs at least one item"
    )
  const used: Record<string, number> = {}
  return items.map((it, i) => {
    const line = lines.find((l) => l.id === it.order_item_id)
    if (!line)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `items[${i}].order_item_id: ${it.order_item_id} is not an item of this order`
      )
    if (!Number.isInteger(it.quantity) || it.quantity < 1) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `items[${i}].quantity: must be a whole number of at least 1`
      )
    }
    const available = line.quantity - line.returned - (pending[line.id] ?? 0) - (used[line.id] ?? 0)
    if (it.quantity > available) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `items[${i}].quantity: at most ${Math.max(available, 0)} of "${line.title}" can be returned (ordered ${line.quantity})`
      )
    }
    used[line.id] = (used[line.id] ?? 0) + it.quantity
    const code = it.reason_code ?? defaultReason
    if (!code)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `items[${i}].reason_code: a return reason is required`
      )
    const reason = leafReason(
      reasons,
      code,
      it.reason_code ? `items[${i}].reason_code` : "reason_code"
    )
    return {
      order_item_id: line.id,
      title: line.title,
      quantity: it.quantity,
      reason_id: reason.id,
      reason_code: reason.code,
      reason_label: reason.parent_label ? `${reason.parent_label} → ${reason.label}` : reason.label,
      parent_reason_code: reason.parent_code,
      note: it.note ?? null,
    }
  })
}

export type RequestStatus =
  "open" | "in_progress" | "approved" | "rejected" | "resolved" | "canceled"

const NEXT: Record<RequestStatus, RequestStatus[]> = {
  open: ["in_progress", "approved", "rejected", "resolved", "canceled"],
  in_progress: ["approved", "rejected", "resolved", "canceled"],
  approved: ["resolved"],
  rejected: [],
  resolved: [],
  canceled: [],
}

/** May a request of this type move from one status to another? (A return is resolved only once approved.) */
export function assertTransition(type: string, from: RequestStatus, to: RequestStatus) {
  if (from === to)
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: the request is already ${from}`)
  if (!NEXT[from].includes(to))
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `status: a request that is ${from} cannot become ${to}`
    )
  if (type === "return" && to === "resolved" && from !== "approved") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "status: approve the return request (which creates the return) before resolving it"
    )
  }
}
