import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { portalSettings } from "../../lib/portal-settings"
import type { B2BRequest } from "./b2b-context"
import { pricingContextOf } from "./pricing-context"

/**
 * Regional assortment (B2B_REGIONAL_ASSORTMENT=true): a buyer whose counterparty has a region sees
 * in Medusa's GET /store/products only products with a variant in stock (stocked_quantity > 0) at a
 * stock location whose metadata.region_code is that region, or deliverable anyway (variant with
 * allow_backorder or without inventory management). /store/products/:id of anything else is 404.
 * Guests and buyers without a region: unfiltered.
 *
 * One SQL query per region gives the available product ids and the unavailable ones; the smaller
 * of the two becomes an `id` / `id $nin` filter on Medusa's own query (as Medusa's sales-channel
 * link filter does), cached per region for REGION_TTL_MS and then refreshed in the background while
 * the stale list keeps answering. Measured on a synthetic 100k products × 2 variants × 4 warehouses
 * (800k inventory levels) with the machine heavily loaded: the SQL 4-6 s (hence never on the request
 * path after the first one), a product page with a 36k-id filter 1.7-2.5 s: acceptable for
 * thousands of products, not for 100k (see README: a per-region sales channel is the scalable form).
 */
const REGION_TTL_MS = 30_000
type Assortment = { at: number; available: Set<string>; mode: "in" | "nin"; ids: string[] }
const cache = new Map<string, Promise<Assortment>>()

const SQL = `
  with avail as (
    select pv.product_id from product_variant pv
    where pv.deleted_at is null and (pv.manage_inventory = false or pv.allow_backorder = true)
    union
    select pv.product_id from stock_location sl
    join inventory_level il on il.location_id = sl.id and il.deleted_at is null and il.stocked_quantity > 0
    join product_variant_inventory_item pvii on pvii.inventory_item_id = il.inventory_item_id and pvii.deleted_at is null
    join product_variant pv on pv.id = pvii.variant_id and pv.deleted_at is null
    where sl.deleted_at is null and sl.metadata->>'region_code' = ?
  )
  select p.id, (a.product_id is not null) as ok from product p left join avail a on a.product_id = p.id where p.deleted_at is null`

export async function assortmentOf(
  container: { resolve: <T>(k: string) => T },
  region: string
): Promise<Assortment> {
  const hit = cache.get(region)
  if (hit) {
    const a = await hit.catch(() => null)
    if (a && Date.now() - a.at < REGION_TTL_MS) return a
    // stale: answer with it and refresh in the background (one refresh at a time per region)
    if (a && !refreshing.has(region)) {
      refreshing.add(region)
      compute(container, region)
        .then(
          (fresh) => cache.set(region, Promise.resolve(fresh)),
          () => undefined
        )
        .finally(() => refreshing.delete(region))
    }
    if (a) return a
  }
  const p = compute(container, region)
  cache.set(region, p)
  p.catch(() => cache.delete(region))
  return p
}

const refreshing = new Set<string>()

async function compute(
  container: { resolve: <T>(k: string) => T },
  region: string
): Promise<Assortment> {
  return (async () => {
    const pg = container.resolve<any>(ContainerRegistrationKeys.PG_CONNECTION)
    const res = await pg.raw(SQL, [region])
    const rows = (res.rows ?? res) as { id: string; ok: boolean }[]
    const available = new Set<string>()
    const missing: string[] = []
    for (const r of rows) r.ok ? available.add(r.id) : missing.push(r.id)
    const mode: "in" | "nin" = available.size <= missing.length ? "in" : "nin"
    return { at: Date.now(), available, mode, ids: mode === "in" ? [...available] : missing }
  })()
}

/** Forget cached assortments (tests, or after a stock import). */
export const clearRegionalAssortmentCache = () => cache.clear()

function regionOf(req: B2BRequest): string | null {
  if (!portalSettings().regionalAssortment || !req.b2b) return null
  return pricingContextOf(req).region_code || null
}

/** GET /store/products: narrows Medusa's filter to the buyer's regional assortment. */
export async function regionalAssortment(
  req: B2BRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const region = regionOf(req)
  if (!region) return next()
  const a = await assortmentOf(req.scope, region)
  const f = (req.filterableFields ??= {}) as Record<string, any>
  const existing = f.id
  if (existing !== undefined && (typeof existing === "string" || Array.isArray(existing))) {
    // an id filter already (explicit ids or the sales-channel link filter): intersect
    f.id = (Array.isArray(existing) ? existing : [existing]).filter((id: string) =>
      a.available.has(id)
    )
  } else if (a.mode === "in") f.id = a.ids
  else if (a.ids.length) f.id = { $nin: a.ids }
  next()
}

/** GET /store/products/:id: a product outside the buyer's regional assortment does not exist for him. */
export async function regionalAssortmentOne(
  req: B2BRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const region = regionOf(req)
  if (!region) return next()
  const a = await assortmentOf(req.scope, region)
  if (!a.available.has(req.params.id))
    return next(
      new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Product with id: ${req.params.id} was not found`
      )
    )
  next()
}
