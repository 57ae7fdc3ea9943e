import type { SplitKind, SplitPart } from "../../../modules/ordering"
import type { PlannedOrder } from "./place-order"

export type ShipmentPlanEntry = {
  key: string
  kind: SplitKind
  location_id: string | null
  preorder_date?: string
  items: { variant_id: string | null; quantity: number }[]
}

/**
 * The orders of a placement. Mode "orders": one order per part; mode "shipments": one order per
 * seller with a shipment plan (b2b_shipment_plan) of its parts. Each order ships from the
 * warehouses of its parts (one delivery method each).
 */
export function plannedOrders(input: {
  parts: SplitPart[]
  sellers: (string | null)[]
  chosen: Map<string | null, string | null>
  placement_id: string
  mode: "shipments" | "orders"
  /** The warehouse each part ships from (partSources), by part key. */
  sources: Map<string, string | null>
}): PlannedOrder[] {
  const { parts, sellers, chosen, placement_id, mode, sources } = input
  const shipFrom = (ps: SplitPart[]) => [
    ...new Set(ps.map((p) => sources.get(p.key) ?? null).filter((l): l is string => !!l)),
  ]
  const orders: PlannedOrder[] = []
  if (mode === "orders") {
    for (const p of parts) {
      orders.push({
        key: p.key,
        kind: p.kind,
        seller_organization_id: p.seller_organization_id,
        location_id: p.location_id,
        preorder_date: p.preorder_date,
        shipping_location_ids: shipFrom([p]),
        lines: p.lines.map((l) => ({ line_id: l.line_id, quantity: l.quantity })),
        metadata: {
          b2b_split: {
            group_id: placement_id,
            key: p.key,
            kind: p.kind,
            seller_organization_id: p.seller_organization_id,
            location_id: p.location_id,
            preorder_date: p.preorder_date,
            siblings: [],
          },
        },
      })
    }
  } else {
    for (const s of sellers) {
      const own = parts.filter((p) => p.seller_organization_id === s)
      const qty = new Map<string, number>()
      for (const p of own)
        for (const l of p.lines) qty.set(l.line_id, (qty.get(l.line_id) ?? 0) + l.quantity)
      const plan: ShipmentPlanEntry[] = own.map((p: SplitPart) => ({
        key: p.kind,
        kind: p.kind,
        location_id: p.location_id,
        ...(p.preorder_date ? { preorder_date: p.preorder_date } : {}),
        items: p.lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity })),
      }))
      orders.push({
        key: `${s ?? "none"}`,
        kind: null,
        seller_organization_id: s,
        location_id: chosen.get(s) ?? null,
        preorder_date: own.find((p) => p.preorder_date)?.preorder_date ?? null,
        shipping_location_ids: shipFrom(own),
        lines: [...qty].map(([line_id, quantity]) => ({ line_id, quantity })),
        metadata: {
          b2b_shipment_plan: plan,
          b2b_split: {
            group_id: placement_id,
            key: `${s ?? "none"}`,
            kind: null,
            seller_organization_id: s,
            location_id: chosen.get(s) ?? null,
            preorder_date: null,
            siblings: [],
          },
        },
      })
    }
  }
  return orders
}
