import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import Decimal from "decimal.js"
import { ONE_C_MODULE } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"
import { hashOf, type CmlOffer } from "../../../modules/one-c/lib/catalog"
import { createLocations } from "./classifier"
import { addVariantsToProducts, skuAllocator } from "./variants"

/** Stock given only as a total (no warehouses) goes to this location. */
export const TOTAL_WAREHOUSE = "__total__"

export type OfferPlan = {
  prices: { variant_id: string; price_type_id: string; amount: string | null }[]
  stock: { variant_id: string; location_id: string; quantity: number }[]
  mappings: { kind: string; external_id: string; internal_id: string; hash: string }[]
  counts: { created: number; updated: number; unchanged: number; failed: number; unknown: number; warnings: string[] }
}

/**
 * Works out what an offers batch changes, without writing the catalog: variants by 1C id, price
 * types and warehouses by their mappings (unknown warehouses become stock locations), one hash per
 * offer so an unchanged offer produces no write. In a full file (not a delta) a price type the
 * offer does not list means "no price of that type"; in a delta it keeps its price.
 */
export const planOffersStep = createStep(
  "one-c-plan-offers",
  async (input: { offers: CmlOffer[]; only_changes: boolean; price_types: { id: string; currency: string }[] }, { container }) => {
    const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
    const plan: OfferPlan = { prices: [], stock: [], mappings: [], counts: { created: 0, updated: 0, unchanged: 0, failed: 0, unknown: 0, warnings: [] } }
    const ids = input.offers.flatMap((o) => [o.id, o.base_id])
    const [variants, offerMaps, priceTypes] = await Promise.all([
      onec.mappingsFor("variant", [...new Set(ids)]),
      onec.mappingsFor("offer", input.offers.map((o) => o.id)),
      onec.mappingsOfKind("price_type"),
    ])
    const typeOf = new Map(priceTypes.map((t) => [t.external_id, t.internal_id]))
    const whIds = [...new Set(input.offers.flatMap((o) => (o.stocks ?? []).map((s) => s.warehouse_id)))]
    if (input.offers.some((o) => !o.stocks && o.total_quantity !== null)) whIds.push(TOTAL_WAREHOUSE)
    const warehouses = await onec.mappingsFor("warehouse", whIds)
    const unknownWh = whIds.filter((w) => !warehouses.has(w))
    if (unknownWh.length) {
      const created = await createLocations(container, unknownWh.map((w) => ({ name: w === TOTAL_WAREHOUSE ? "1С: общий остаток" : `1С: склад ${w.slice(0, 8)}`, address: null })))
      const rows = unknownWh.map((w, i) => ({ kind: "warehouse", external_id: w, internal_id: created[i] }))
      await onec.upsertMappings(rows)
      rows.forEach((r) => warehouses.set(r.external_id, r as any))
    }

    for (const o of input.offers) {
      // "product" alone is the product's only variant; "product#characteristic" a variant
      const v = variants.get(o.id) ?? (o.characteristic_id ? undefined : variants.get(o.base_id))
      if (!v) {
        plan.counts.unknown++
        if (plan.counts.warnings.length < 20) plan.counts.warnings.push(`offer ${o.id}: unknown product (not imported)`)
        continue
      }
      const hash = hashOf([o.prices, o.total_quantity, o.stocks, o.deleted])
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
            plan.counts.warnings.length < 20 && plan.counts.warnings.push(`offer ${o.id}: unknown price type ${p.price_type_id}`)
            continue
          }
          listed.add(pt)
          // a price for a pack of N (Коэффициент) is stored per base unit
          const amount = p.coefficient && new Decimal(p.coefficient).greaterThan(0) ? new Decimal(p.amount).dividedBy(p.coefficient).toDecimalPlaces(2).toFixed(2) : new Decimal(p.amount).toFixed(2)
          plan.prices.push({ variant_id: v.internal_id, price_type_id: pt, amount })
        }
        if (!input.only_changes) for (const pt of typeOf.values()) if (!listed.has(pt)) plan.prices.push({ variant_id: v.internal_id, price_type_id: pt, amount: null })
      }
      // quantities: negative 1C balances are clamped to zero (nothing to sell)
      const qty = (q: string) => Math.max(0, Math.floor(Number(q)))
      if (o.stocks) for (const s of o.stocks) plan.stock.push({ variant_id: v.internal_id, location_id: warehouses.get(s.warehouse_id)!.internal_id, quantity: qty(s.quantity) })
      else if (o.total_quantity !== null) plan.stock.push({ variant_id: v.internal_id, location_id: warehouses.get(TOTAL_WAREHOUSE)!.internal_id, quantity: qty(o.total_quantity) })
      plan.mappings.push({ kind: "offer", external_id: o.id, internal_id: v.internal_id, hash })
      prev ? plan.counts.updated++ : plan.counts.created++
    }
    return new StepResponse(plan)
  }
)

/** Stock levels per variant and location (created when new); compensation restores the previous quantities. */
export const applyStockStep = createStep(
  "one-c-apply-stock",
  async (rows: OfferPlan["stock"], { container }) => {
    if (!rows.length) return new StepResponse(0, null)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const inventory = container.resolve(Modules.INVENTORY)
    const { data } = await query.graph({ entity: "product_variant", fields: ["id", "inventory_items.inventory_item_id"], filters: { id: [...new Set(rows.map((r) => r.variant_id))] } })
    const itemOf = new Map((data as any[]).map((v) => [v.id, v.inventory_items?.[0]?.inventory_item_id as string | undefined]))
    const wanted = rows.filter((r) => itemOf.get(r.variant_id)).map((r) => ({ inventory_item_id: itemOf.get(r.variant_id)!, location_id: r.location_id, stocked_quantity: r.quantity }))
    const levels = await inventory.listInventoryLevels({ inventory_item_id: [...new Set(wanted.map((w) => w.inventory_item_id))] }, { take: null })
    const key = (i: string, l: string) => `${i}|${l}`
    const have = new Map(levels.map((l) => [key(l.inventory_item_id, l.location_id), l]))
    const toUpdate = wanted.filter((w) => have.has(key(w.inventory_item_id, w.location_id)) && Number(have.get(key(w.inventory_item_id, w.location_id))!.stocked_quantity) !== w.stocked_quantity)
    const toCreate = wanted.filter((w) => !have.has(key(w.inventory_item_id, w.location_id)))
    const previous = toUpdate.map((w) => ({ inventory_item_id: w.inventory_item_id, location_id: w.location_id, stocked_quantity: Number(have.get(key(w.inventory_item_id, w.location_id))!.stocked_quantity) }))
    if (toUpdate.length) await inventory.updateInventoryLevels(toUpdate)
    const created = toCreate.length ? await inventory.createInventoryLevels(toCreate) : []
    return new StepResponse(toUpdate.length + created.length, { previous, created: created.map((c) => c.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const inventory = container.resolve(Modules.INVENTORY)
    if (undo.previous.length) await inventory.updateInventoryLevels(undo.previous)
    if (undo.created.length) await inventory.deleteInventoryLevels(undo.created)
  }
)

export const saveOfferMappingsStep = createStep("one-c-save-offer-mappings", async (rows: OfferPlan["mappings"], { container }) => {
  await container.resolve<OneCModuleService>(ONE_C_MODULE).upsertMappings(rows)
  return new StepResponse(rows.length)
})

/**
 * Offers of characteristics the catalog did not list (УТ 11 puts characteristics on offers, not
 * on products): the variant is added to its known product before prices and stock are applied.
 * Compensation removes the variants it added.
 */
export const ensureOfferVariantsStep = createStep(
  "one-c-ensure-offer-variants",
  async (input: { offers: CmlOffer[] }, { container }) => {
    const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
    const withChar = input.offers.filter((o) => o.characteristic_id)
    if (!withChar.length) return new StepResponse(0, null)
    const known = await onec.mappingsFor("variant", withChar.map((o) => o.id))
    const missing = withChar.filter((o) => !known.has(o.id))
    const products = await onec.mappingsFor("product", [...new Set(missing.map((o) => o.base_id))])
    const additions = [...new Map(missing.filter((o) => products.has(o.base_id)).map((o) => [o.id, o])).values()].map((o) => ({
      productId: products.get(o.base_id)!.internal_id,
      p: { id: o.id, characteristic_id: o.characteristic_id, sku: o.sku, barcodes: o.barcode ? [o.barcode] : [], characteristics: o.characteristics, name: o.name },
    }))
    if (!additions.length) return new StepResponse(0, null)
    const productModule = container.resolve(Modules.PRODUCT)
    const added = await addVariantsToProducts(container, additions, await skuAllocator(productModule, additions.map((a) => a.p)))
    await onec.upsertMappings(added.mappings)
    return new StepResponse(added.variants.length, added)
  },
  async (added, { container }) => {
    if (!added) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(added.links)
    await container.resolve(Modules.INVENTORY).deleteInventoryItems(added.inventory)
    await container.resolve(Modules.PRODUCT).deleteProductVariants(added.variants)
    await container.resolve<OneCModuleService>(ONE_C_MODULE).deleteMappings("variant", added.mappings.map((m) => m.external_id))
  }
)
