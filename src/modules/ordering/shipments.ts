import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

/**
 * Shipments of an order (Medusa fulfillments from stock locations) seen by a buyer or a manager:
 * status of each shipment from Medusa's own timestamps, delivery status of each order line from
 * Medusa's item detail quantities, and what is still planned (order.metadata.b2b_shipment_plan,
 * written by the order split) minus what has already been fulfilled. Pure functions: quantities in,
 * statuses out (quantities are counts of goods, compared through MathBN, never money).
 */

export type ShipmentStatus = "pending" | "packed" | "shipped" | "delivered" | "canceled"
export type LineStatus =
  "awaiting" | "partially_shipped" | "shipped" | "partially_delivered" | "delivered" | "canceled"

type Num = number | string | { toString(): string } | null | undefined
const n = (v: Num): number =>
  v === null || v === undefined ? 0 : Number(MathBN.convert(v as BigNumberInput).toString())

export function shipmentStatus(f: {
  canceled_at?: unknown
  delivered_at?: unknown
  shipped_at?: unknown
  packed_at?: unknown
}): ShipmentStatus {
  if (f.canceled_at) return "canceled"
  if (f.delivered_at) return "delivered"
  if (f.shipped_at) return "shipped"
  if (f.packed_at) return "packed"
  return "pending"
}

/** Which status a manager may move a shipment to from where it is; null = allowed, else the reason. */
export function transitionError(
  from: ShipmentStatus,
  to: "shipped" | "delivered" | "canceled"
): string | null {
  if (from === "canceled")
    return `the shipment is canceled and cannot be ${to === "canceled" ? "canceled again" : `marked ${to}`}`
  if (from === "delivered")
    return `the shipment is already delivered and cannot be ${to === "canceled" ? "canceled" : `marked ${to}`}`
  if (to === "shipped" && from === "shipped") return "the shipment is already shipped"
  if (to === "delivered" && from !== "shipped")
    return "the shipment has not been shipped yet: mark it shipped first"
  if (to === "canceled" && from === "shipped")
    return "the shipment has already left the warehouse: a shipped shipment cannot be canceled"
  return null
}

export type LineQuantities = { ordered: Num; fulfilled: Num; shipped: Num; delivered: Num }

export function lineStatus(q: LineQuantities, orderCanceled = false): LineStatus {
  if (orderCanceled) return "canceled"
  const ordered = MathBN.convert((q.ordered ?? 0) as BigNumberInput)
  const delivered = MathBN.convert((q.delivered ?? 0) as BigNumberInput)
  const shipped = MathBN.convert((q.shipped ?? 0) as BigNumberInput)
  if (MathBN.gt(delivered, 0))
    return MathBN.gte(delivered, ordered) ? "delivered" : "partially_delivered"
  if (MathBN.gt(shipped, 0)) return MathBN.gte(shipped, ordered) ? "shipped" : "partially_shipped"
  return "awaiting"
}

export type PlanEntry = {
  key: string
  kind: "available" | "to_deliver" | "preorder" | string
  location_id: string | null
  preorder_date?: string | null
  items: { variant_id: string; quantity: number }[]
}

/** The order split's plan, when the order has a well-formed one; anything else is ignored. */
export function readPlan(metadata: Record<string, unknown> | null | undefined): PlanEntry[] {
  const raw = metadata?.b2b_shipment_plan
  if (!Array.isArray(raw)) return []
  const out: PlanEntry[] = []
  raw.forEach((e: any, i) => {
    if (!e || typeof e !== "object" || !Array.isArray(e.items)) return
    const items = e.items
      .filter(
        (it: any) =>
          it &&
          typeof it.variant_id === "string" &&
          Number.isFinite(Number(it.quantity)) &&
          Number(it.quantity) > 0
      )
      .map((it: any) => ({ variant_id: it.variant_id as string, quantity: Number(it.quantity) }))
    out.push({
      key: typeof e.key === "string" ? e.key : String(i),
      kind: typeof e.kind === "string" ? e.kind : "available",
      location_id: typeof e.location_id === "string" ? e.location_id : null,
      preorder_date: typeof e.preorder_date === "string" ? e.preorder_date : null,
      items,
    })
  })
  return out
}

/**
 * The plan minus what active (not canceled) shipments already carry: a variant's fulfilled
 * quantity is taken first from plan entries of the same warehouse, then from the others in plan
 * order. Entries left with nothing are dropped.
 */
export function remainingPlan(
  plan: PlanEntry[],
  fulfilled: { variant_id: string; location_id: string | null; quantity: number }[]
): PlanEntry[] {
  const left = plan.map((e) => ({ ...e, items: e.items.map((i) => ({ ...i })) }))
  const take = (variant: string, qty: number, match: (e: PlanEntry) => boolean) => {
    for (const e of left) {
      if (qty <= 0) break
      if (!match(e)) continue
      for (const it of e.items) {
        if (qty <= 0) break
        if (it.variant_id !== variant || it.quantity <= 0) continue
        const d = Math.min(it.quantity, qty)
        it.quantity -= d
        qty -= d
      }
    }
    return qty
  }
  // same warehouse first, for every shipment, before spilling over to other entries
  const rest = fulfilled.map((f) => ({
    ...f,
    quantity: take(f.variant_id, f.quantity, (e) => e.location_id === f.location_id),
  }))
  for (const f of rest) if (f.quantity > 0) take(f.variant_id, f.quantity, () => true)
  return left
    .map((e) => ({ ...e, items: e.items.filter((i) => i.quantity > 0) }))
    .filter((e) => e.items.length)
}

export const quantity = n
