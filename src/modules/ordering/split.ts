/**
 * Order split (pure): a cart's lines are partitioned first by seller organization, then — with
 * B2B_ORDER_SPLIT=availability — each line into the quantity the selected warehouse has and the
 * rest "to be delivered"; pre-order lines (variant allows backorder, not in stock, a requested
 * shipment date given) form their own part carrying that date. Quantities are counts of goods.
 */

export type SplitKind = "available" | "to_deliver" | "preorder"

export type SplitLine = {
  line_id: string
  variant_id: string | null
  quantity: number
  seller_organization_id: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  inventory: { inventory_item_id: string; required_quantity: number }[]
}

export type SplitPart = {
  key: string
  kind: SplitKind
  seller_organization_id: string | null
  location_id: string | null
  preorder_date: string | null
  lines: { line_id: string; variant_id: string | null; quantity: number }[]
}

/** Available units per location and inventory item (stocked − reserved, never below 0). */
export type Stock = Map<string, Map<string, number>>

const stockAt = (stock: Stock, loc: string | null, item: string) =>
  loc ? Math.max(0, stock.get(loc)?.get(item) ?? 0) : 0

/** Units of a line a location can serve from `stock` (without taking them). */
export function servable(line: SplitLine, loc: string | null, stock: Stock): number {
  if (!line.manage_inventory || !line.inventory.length) return line.quantity
  let n = line.quantity
  for (const inv of line.inventory)
    n = Math.min(
      n,
      Math.floor(stockAt(stock, loc, inv.inventory_item_id) / Math.max(1, inv.required_quantity))
    )
  return Math.max(0, n)
}

/** The candidate warehouse that can serve most of these lines (first one on a tie; null if none). */
export function pickLocation(
  lines: SplitLine[],
  candidates: string[],
  stock: Stock
): string | null {
  let best: string | null = candidates[0] ?? null
  let bestUnits = -1
  for (const loc of candidates) {
    const units = lines.reduce((a, l) => a + servable(l, loc, stock), 0)
    if (units > bestUnits) [best, bestUnits] = [loc, units]
  }
  return best
}

export type PartitionOptions = {
  split: "availability" | "none"
  preorder_date: string | null
  /** The selected warehouse of each seller organization (key "" for lines without one). */
  locationOf: (seller_organization_id: string | null) => string | null
  stock: Stock
}

/**
 * Parts in a stable order: sellers in the order their first line appears, within a seller
 * available → to_deliver → preorder. Lines of one variant take stock in cart order.
 */
export function partitionCart(lines: SplitLine[], opts: PartitionOptions): SplitPart[] {
  const remaining: Stock = new Map([...opts.stock].map(([loc, m]) => [loc, new Map(m)]))
  const sellers: (string | null)[] = []
  for (const l of lines)
    if (!sellers.includes(l.seller_organization_id)) sellers.push(l.seller_organization_id)
  const parts: SplitPart[] = []
  for (const seller of sellers) {
    const loc = opts.locationOf(seller)
    const buckets: Record<SplitKind, SplitPart["lines"]> = {
      available: [],
      to_deliver: [],
      preorder: [],
    }
    for (const l of lines.filter((x) => x.seller_organization_id === seller)) {
      const have = servable(l, loc, remaining)
      if (loc && l.manage_inventory) {
        for (const inv of l.inventory) {
          const m = remaining.get(loc)
          if (m)
            m.set(
              inv.inventory_item_id,
              (m.get(inv.inventory_item_id) ?? 0) - have * Math.max(1, inv.required_quantity)
            )
        }
      }
      const short = l.quantity - have
      const pre =
        short > 0 && l.allow_backorder && l.manage_inventory && !!opts.preorder_date ? short : 0
      const rest = l.quantity - pre
      const push = (k: SplitKind, q: number) =>
        q > 0 && buckets[k].push({ line_id: l.line_id, variant_id: l.variant_id, quantity: q })
      if (opts.split === "availability") {
        push("available", have)
        push("to_deliver", rest - have)
      } else {
        // no availability split: the seller's goods travel together (labelled by whether all are at hand)
        push(short - pre > 0 ? "to_deliver" : "available", rest)
      }
      push("preorder", pre)
    }
    if (opts.split === "none" && buckets.available.length && buckets.to_deliver.length) {
      buckets.to_deliver.unshift(...buckets.available)
      buckets.available = []
    }
    for (const kind of ["available", "to_deliver", "preorder"] as SplitKind[]) {
      if (!buckets[kind].length) continue
      parts.push({
        key: `${seller ?? "none"}:${kind}`,
        kind,
        seller_organization_id: seller,
        location_id: kind === "available" ? loc : null,
        preorder_date: kind === "preorder" ? opts.preorder_date : null,
        lines: buckets[kind],
      })
    }
  }
  return parts
}

/** Today's date (YYYY-MM-DD) in the business time zone (Moscow), as requested dates are compared. */
export const todayInMoscow = (now = new Date()) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Moscow",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now)

/** null when fine, else why a requested pre-order shipment date is refused. */
export function preorderDateError(v: string, now = new Date()): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return "preorder_date: a date such as 2026-12-01 (YYYY-MM-DD)"
  const d = new Date(`${v}T00:00:00Z`)
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v)
    return "preorder_date: no such date"
  if (v < todayInMoscow(now))
    return `preorder_date: ${v} is in the past (today is ${todayInMoscow(now)})`
  return null
}

/**
 * The warehouse each part ships from (its delivery method is one of that warehouse's shipping
 * options): with pickup, the pickup warehouse; a part "available" at its seller's selected
 * warehouse, that warehouse; any other part (to be delivered, pre-order), the candidate warehouse
 * that can serve most of it from what the parts before it left (the selected one first, so it wins
 * a tie and is the answer when no warehouse has any of it). Keyed by part key.
 */
export function partSources(
  parts: SplitPart[],
  lines: SplitLine[],
  opts: {
    stock: Stock
    pickup: string | null
    locationOf: (seller_organization_id: string | null) => string | null
    candidatesOf: (seller_organization_id: string | null) => string[]
  }
): Map<string, string | null> {
  const out = new Map<string, string | null>()
  const byId = new Map(lines.map((l) => [l.line_id, l]))
  const remaining: Stock = new Map([...opts.stock].map(([loc, m]) => [loc, new Map(m)]))
  const take = (loc: string | null, part: SplitPart) => {
    const m = loc ? remaining.get(loc) : undefined
    if (!m) return
    for (const pl of part.lines) {
      const l = byId.get(pl.line_id)
      if (!l?.manage_inventory) continue
      const units = servable({ ...l, quantity: pl.quantity }, loc, remaining)
      for (const inv of l.inventory)
        m.set(
          inv.inventory_item_id,
          (m.get(inv.inventory_item_id) ?? 0) - units * Math.max(1, inv.required_quantity)
        )
    }
  }
  for (const p of parts.filter((x) => x.kind === "available")) {
    const loc = opts.pickup ?? p.location_id
    out.set(p.key, loc)
    take(loc, p)
  }
  for (const p of parts.filter((x) => x.kind !== "available")) {
    if (opts.pickup) {
      out.set(p.key, opts.pickup)
      continue
    }
    const selected = opts.locationOf(p.seller_organization_id)
    const pool = [
      ...(selected ? [selected] : []),
      ...opts.candidatesOf(p.seller_organization_id).filter((l) => l !== selected),
    ]
    const partLines = p.lines
      .map((pl) => {
        const l = byId.get(pl.line_id)
        return l ? { ...l, quantity: pl.quantity } : null
      })
      .filter((l): l is SplitLine => !!l)
    const loc = pool.length ? pickLocation(partLines, pool, remaining) : null
    out.set(p.key, loc)
    take(loc, p)
  }
  return out
}
