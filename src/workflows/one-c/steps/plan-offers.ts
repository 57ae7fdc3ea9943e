import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import Decimal from "decimal.js"
import { ONE_C_MODULE, type CmlOffer } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"
import { createLocations } from "../utils/create-locations"
import { TOTAL_WAREHOUSE, type OfferPlan, offerHash } from "../utils/offers"

/**
 * Works out what an offers batch changes, without writing the catalog: variants by 1C id, price
 * types and warehouses by their mappings (unknown warehouses become stock locations), one hash per
 * offer so an unchanged offer produces no write. In a full file (not a delta) a price type the
 * offer does not list means "no price of that type"; in a delta it keeps its price.
 */
export const planOffersStep = createStep(
  "one-c-plan-offers",
  async (
    input: {
      offers: CmlOffer[]
      only_changes: boolean
      price_types: { id: string; currency: string }[]
      /** the offers' last applied hashes ("" = mapped without one), when the caller has just read them; absent = read here */
      last_hashes?: Record<string, string>
    },
    { container }
  ) => {
    const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
    const plan: OfferPlan = {
      prices: [],
      stock: [],
      mappings: [],
      counts: { created: 0, updated: 0, unchanged: 0, failed: 0, unknown: 0, warnings: [] },
    }
    const ids = input.offers.flatMap((o) => [o.id, o.base_id])
    const [variants, offerMaps, priceTypes] = await Promise.all([
      onec.mappingsFor("variant", [...new Set(ids)]),
      input.last_hashes
        ? new Map(
            Object.entries(input.last_hashes).map(([id, hash]) => [id, { hash: hash || null }])
          )
        : onec.mappingsFor(
            "offer",
            input.offers.map((o) => o.id)
          ),
      onec.mappingsOfKind("price_type"),
    ])
    const typeOf = new Map(priceTypes.map((t) => [t.external_id, t.internal_id]))
    const whIds = [
      ...new Set(input.offers.flatMap((o) => (o.stocks ?? []).map((s) => s.warehouse_id))),
    ]
    if (input.offers.some((o) => !o.stocks && o.total_quantity !== null))
      whIds.push(TOTAL_WAREHOUSE)
    const warehouses = await onec.mappingsFor("warehouse", whIds)
    const unknownWh = whIds.filter((w) => !warehouses.has(w))
    if (unknownWh.length) {
      const created = await createLocations(
        container,
        unknownWh.map((w) => ({
          name: w === TOTAL_WAREHOUSE ? "1С: общий остаток" : `1С: склад ${w.slice(0, 8)}`,
          address: null,
        }))
      )
      const rows = unknownWh.map((w, i) => ({
        kind: "warehouse",
        external_id: w,
        internal_id: created[i],
      }))
      await onec.upsertMappings(rows)
      // why: mapping rows without their generated id (only internal_id is read back)
      rows.forEach((r) => warehouses.set(r.external_id, r as any))
    }

    for (const o of input.offers) {
      // "product" alone is the product's only variant; "product#characteristic" a variant
      const v = variants.get(o.id) ?? (o.characteristic_id ? undefined : variants.get(o.base_id))
      if (!v) {
        plan.counts.unknown++
        if (plan.counts.warnings.length < 20)
          plan.counts.warnings.push(`offer ${o.id}: unknown product (not imported)`)
        continue
      }
      // a base variant kept only for the orders holding it (its product now has characteristics): not stocked
      const retired = !!(v.data as { retired?: boolean } | null)?.retired
      const hash = offerHash(o)
      const prev = offerMaps.get(o.id)
      if (prev?.hash === hash) {
        plan.counts.unchanged++
        continue
      }
      if (o.prices) {
        const listed = new Set<string>()
        for (const p of o.prices) {
          const pt = typeOf.get(p.price_type_id)
          if (!pt) {
            plan.counts.warnings.length < 20 &&
              plan.counts.warnings.push(`offer ${o.id}: unknown price type ${p.price_type_id}`)
            continue
          }
          listed.add(pt)
          // a price for a pack of N (Коэффициент) is stored per base unit
          const amount =
            p.coefficient && new Decimal(p.coefficient).greaterThan(0)
              ? new Decimal(p.amount).dividedBy(p.coefficient).toDecimalPlaces(2).toFixed(2)
              : new Decimal(p.amount).toFixed(2)
          plan.prices.push({ variant_id: v.internal_id, price_type_id: pt, amount })
        }
        if (!input.only_changes)
          for (const pt of typeOf.values())
            if (!listed.has(pt))
              plan.prices.push({ variant_id: v.internal_id, price_type_id: pt, amount: null })
      }
      // quantities: negative 1C balances are clamped to zero (nothing to sell)
      const qty = (q: string) => Math.max(0, Math.floor(Number(q)))
      if (retired) {
        // no stock rows
      } else if (o.stocks)
        for (const s of o.stocks)
          plan.stock.push({
            variant_id: v.internal_id,
            location_id: warehouses.get(s.warehouse_id)!.internal_id,
            quantity: qty(s.quantity),
          })
      else if (o.total_quantity !== null)
        plan.stock.push({
          variant_id: v.internal_id,
          location_id: warehouses.get(TOTAL_WAREHOUSE)!.internal_id,
          quantity: qty(o.total_quantity),
        })
      plan.mappings.push({ kind: "offer", external_id: o.id, internal_id: v.internal_id, hash })
      prev ? plan.counts.updated++ : plan.counts.created++
    }
    return new StepResponse(plan)
  }
)
