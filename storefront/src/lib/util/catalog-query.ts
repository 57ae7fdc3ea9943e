/**
 * The catalog page's URL state (category, search, attribute filters, page) and its mapping to the
 * buyer API's `/store/b2b/catalog/*` query. Pure, tested.
 *
 * Storefront URL: /?category=<id>&q=<text>&f=<attribute>:<value>&f=…&o=<option>:<value>&offset=<n>&vat=with|without
 * Backend query:  category_id, q, attr[<attribute>]=<v1>|<v2>, opt[<option>]=<v1>|<v2>, limit, offset
 */

import type { Category, ContractPrice } from "@/types/catalog"

export const PAGE_SIZE = 24
const MAX_FILTERS = 20
const MAX_VALUES = 50

export type CatalogParams = {
  category: string | null
  q: string | null
  offset: number
  filters: Map<string, string[]>
  /** Product option filters (1C characteristics: Цвет, Объём), `?o=`; absent when none is chosen. */
  options?: Map<string, string[]>
  /** The buyer's choice of showing prices with or without VAT (`?vat=`), absent when not chosen. */
  vat?: "with" | "without"
}

type Raw = Record<string, string | string[] | undefined>
const list = (v: string | string[] | undefined) =>
  Array.isArray(v) ? v : v === undefined ? [] : [v]

/** `name:value` pairs of a URL parameter, as the backend can take them. */
function pairs(raw: string[]): Map<string, string[]> {
  const filters = new Map<string, string[]>()
  for (const f of raw) {
    const at = f.indexOf(":")
    if (at <= 0) continue
    const name = f.slice(0, at).trim()
    // "|" separates values in the backend's query: a value containing it cannot be asked for
    const value = f.slice(at + 1).trim()
    if (!name || !value || value.includes("|")) continue
    if (!filters.has(name) && filters.size >= MAX_FILTERS) continue
    const values = filters.get(name) ?? []
    if (!values.includes(value) && values.length < MAX_VALUES) values.push(value)
    filters.set(name, values)
  }
  return filters
}

export function parseCatalogParams(sp: Raw): CatalogParams {
  const category = list(sp.category)[0]?.trim()
  const q = list(sp.q)[0]?.trim().slice(0, 200)
  const offset = Math.max(0, Number.parseInt(list(sp.offset)[0] ?? "0", 10) || 0)
  const filters = pairs(list(sp.f))
  const options = pairs(list(sp.o))
  const vat = list(sp.vat)[0]
  return {
    category: category && /^[\w-]{1,100}$/.test(category) ? category : null,
    q: q || null,
    offset,
    filters,
    ...(options.size ? { options } : {}),
    ...(vat === "with" || vat === "without" ? { vat } : {}),
  }
}

export function backendQuery(p: CatalogParams, withPaging = true): Record<string, string | number> {
  const out: Record<string, string | number> = {}
  if (p.category) out.category_id = p.category
  if (p.q) out.q = p.q
  for (const [name, values] of p.filters) out[`attr[${name}]`] = values.join("|")
  for (const [name, values] of p.options ?? []) out[`opt[${name}]`] = values.join("|")
  if (withPaging) {
    out.limit = PAGE_SIZE
    out.offset = p.offset
  }
  return out
}

/** A link to the catalog with `change` applied (filters and category changes go back to the first page). */
export function catalogHref(
  p: CatalogParams,
  change: Partial<Pick<CatalogParams, "category" | "q" | "offset" | "vat">> & {
    toggle?: [string, string]
    /** an option value (a facet of kind "option") */
    toggleOption?: [string, string]
    clearFilters?: boolean
  } = {}
): string {
  const next: CatalogParams = {
    ...p,
    filters: new Map([...p.filters].map(([k, v]) => [k, [...v]])),
    options: new Map([...(p.options ?? [])].map(([k, v]) => [k, [...v]])),
    ...change,
  }
  if (change.clearFilters) {
    next.filters = new Map()
    next.options = new Map()
  }
  const toggle = (map: Map<string, string[]>, [name, value]: [string, string]) => {
    const values = map.get(name) ?? []
    const has = values.includes(value)
    const left = has ? values.filter((v) => v !== value) : [...values, value]
    if (left.length) map.set(name, left)
    else map.delete(name)
  }
  if (change.toggle) toggle(next.filters, change.toggle)
  if (change.toggleOption) toggle(next.options!, change.toggleOption)
  if (change.offset === undefined) next.offset = 0
  const u = new URLSearchParams()
  if (next.category) u.set("category", next.category)
  if (next.q) u.set("q", next.q)
  for (const [name, values] of next.filters) for (const v of values) u.append("f", `${name}:${v}`)
  for (const [name, values] of next.options ?? [])
    for (const v of values) u.append("o", `${name}:${v}`)
  if (next.offset) u.set("offset", String(next.offset))
  if (next.vat) u.set("vat", next.vat)
  const s = u.toString()
  return s ? `/?${s}` : "/"
}

/** Top-level categories, each with its children, by name; the chosen category's branch is marked open. */
export function categoryTree(
  all: Category[],
  chosen: string | null
): { id: string; name: string; open: boolean; children: Category[] }[] {
  const byParent = new Map<string | null, Category[]>()
  for (const c of all)
    byParent.set(c.parent_category_id, [...(byParent.get(c.parent_category_id) ?? []), c])
  const byName = (a: Category, b: Category) => a.name.localeCompare(b.name, "ru")
  const parentOf = new Map(all.map((c) => [c.id, c.parent_category_id]))
  const root = (id: string | null) => {
    let cur = id
    for (let i = 0; cur && parentOf.get(cur) && i < 20; i++) cur = parentOf.get(cur)!
    return cur
  }
  const openRoot = root(chosen)
  return (byParent.get(null) ?? []).sort(byName).map((c) => ({
    id: c.id,
    name: c.name,
    open: c.id === openRoot,
    children: (byParent.get(c.id) ?? []).sort(byName),
  }))
}

/**
 * The lowest price among a product's variants, from /store/b2b/prices rows (null amounts are hidden prices),
 * with its VAT terms and one-unit net / VAT / gross. Lowest as shown: by gross when prices are shown with
 * VAT, by net without (variants may differ in rate), by the amount itself when no display is given.
 */
export function lowestPrice(
  variantIds: string[],
  prices: Map<string, ContractPrice>,
  display?: "with" | "without"
): (Omit<ContractPrice, "amount"> & { amount: string | number; several: boolean }) | null {
  type Best = Omit<ContractPrice, "amount"> & { amount: string | number }
  const key = (p: Best | ContractPrice) =>
    Number((display === "with" ? p.gross : display === "without" ? p.net : null) ?? p.amount)
  let best: Best | null = null
  for (const id of variantIds) {
    const p = prices.get(id)
    if (!p || p.amount === null || p.amount === undefined) continue
    if (!best || key(p) < key(best)) {
      best = { amount: p.amount, currency_code: p.currency_code }
      if (typeof p.vat_included === "boolean") best.vat_included = p.vat_included
      for (const k of ["vat_rate", "net", "vat", "gross"] as const) if (k in p) best[k] = p[k]
    }
  }
  return best ? { ...best, several: variantIds.length > 1 } : null
}
