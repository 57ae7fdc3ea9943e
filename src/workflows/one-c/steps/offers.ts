import {
  ContainerRegistrationKeys,
  generateEntityId,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import Decimal from "decimal.js"
import { ONE_C_MODULE } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"
import { hashOf, type CmlOffer } from "../../../modules/one-c"
import { createLocations } from "./classifier"
import { addVariantsToProducts, skuAllocator } from "./variants"

/** Stock given only as a total (no warehouses) goes to this location. */
export const TOTAL_WAREHOUSE = "__total__"

export type OfferPlan = {
  prices: { variant_id: string; price_type_id: string; amount: string | null }[]
  stock: { variant_id: string; location_id: string; quantity: number }[]
  mappings: { kind: string; external_id: string; internal_id: string; hash: string }[]
  counts: {
    created: number
    updated: number
    unchanged: number
    failed: number
    unknown: number
    warnings: string[]
  }
}

/** What an offer says (prices, stock, deletion mark): equal to the last applied hash = nothing to write. */
export const offerHash = (o: CmlOffer) => hashOf([o.prices, o.total_quantity, o.stocks, o.deleted])

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
      if (o.stocks)
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

// the raw column as Medusa writes it ({ value: "460", precision: 20 }): exact decimal, no exponent
const raw = (v: string | number) =>
  JSON.stringify({ value: new Decimal(v).toFixed(), precision: 20 })
type Knex = any
const pgOf = (container: any): Knex => container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

/** Sets inventory_level.stocked_quantity for level ids (one statement); rows equal to the target are not written. */
async function setStocked(knex: Knex, rows: { id: string; qty: string }[]) {
  if (!rows.length) return 0
  const r = await knex.raw(
    `update inventory_level il set stocked_quantity = u.qty::numeric, raw_stocked_quantity = u.raw::jsonb, updated_at = now()
       from unnest(?::text[], ?::text[], ?::text[]) as u(id, qty, raw)
      where il.id = u.id and il.deleted_at is null and il.stocked_quantity <> u.qty::numeric`,
    [rows.map((r) => r.id), rows.map((r) => r.qty), rows.map((r) => raw(r.qty))]
  )
  return r.rowCount ?? 0
}

/**
 * New stock levels (one statement), the rows Medusa's `createInventoryLevels` would write: reserved
 * and incoming zero with their raw values. A level another writer created meanwhile is left alone
 * (the partial unique index on item + location stays the judge); returns the ids inserted.
 */
async function insertLevels(
  knex: Knex,
  rows: { inventory_item_id: string; location_id: string; qty: string }[]
): Promise<string[]> {
  if (!rows.length) return []
  const ids = rows.map(() => generateEntityId(undefined, "ilev"))
  const r = await knex.raw(
    `insert into inventory_level (id, inventory_item_id, location_id, stocked_quantity, raw_stocked_quantity, reserved_quantity, raw_reserved_quantity, incoming_quantity, raw_incoming_quantity, created_at, updated_at)
     select u.id, u.item, u.loc, u.qty::numeric, u.raw::jsonb, 0, ?::jsonb, 0, ?::jsonb, now(), now()
       from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as u(id, item, loc, qty, raw)
     on conflict (inventory_item_id, location_id) where deleted_at is null do nothing
     returning id`,
    [
      raw(0),
      raw(0),
      ids,
      rows.map((r) => r.inventory_item_id),
      rows.map((r) => r.location_id),
      rows.map((r) => r.qty),
      rows.map((r) => raw(r.qty)),
    ]
  )
  return r.rows.map((x: any) => x.id)
}

/**
 * Stock levels per variant and location; compensation restores the previous quantities.
 *
 * Set-based on purpose: Medusa's `updateInventoryLevels` looks every level up with its own
 * `(inventory_item_id, location_id) OR …` clause and updates row by row through the ORM — 2,500
 * levels per batch of 500 offers made the 10k delta take ~50 s. Here one query reads the variants'
 * inventory items and current levels, and one `UPDATE … FROM unnest(…)` writes only the levels
 * whose quantity differs (both `stocked_quantity` and its exact `raw_stocked_quantity`); new levels
 * are one `INSERT … SELECT FROM unnest(…)` (through the module, 50,000 levels of a 10k first import
 * took 15.6 s). No inventory events are emitted for these writes (none are subscribed here).
 */
export const applyStockStep = createStep(
  "one-c-apply-stock",
  async (rows: OfferPlan["stock"], { container }) => {
    if (!rows.length) return new StepResponse({ written: 0, ms: 0 }, null)
    const t0 = Date.now()
    const knex = pgOf(container)
    // last occurrence of a (variant, location) wins, as it did with the module call
    const wanted = [...new Map(rows.map((r) => [`${r.variant_id}|${r.location_id}`, r])).values()]
    const found: {
      rows: {
        variant_id: string
        location_id: string
        qty: string
        inventory_item_id: string
        level_id: string | null
        prev: string | null
      }[]
    } = await knex.raw(
      `with input as (select * from unnest(?::text[], ?::text[], ?::text[]) as t(variant_id, location_id, qty)),
            item as (select distinct on (variant_id) variant_id, inventory_item_id from product_variant_inventory_item
                      where deleted_at is null and variant_id in (select distinct variant_id from input) order by variant_id, inventory_item_id)
       select i.variant_id, i.location_id, i.qty, it.inventory_item_id, il.id as level_id, il.stocked_quantity::text as prev
         from input i
         join item it on it.variant_id = i.variant_id
         left join inventory_level il on il.inventory_item_id = it.inventory_item_id and il.location_id = i.location_id and il.deleted_at is null`,
      [
        wanted.map((w) => w.variant_id),
        wanted.map((w) => w.location_id),
        wanted.map((w) => String(w.quantity)),
      ]
    )
    const toUpdate = found.rows.filter((f) => f.level_id && !new Decimal(f.prev!).eq(f.qty))
    const toCreate = [
      ...new Map(
        found.rows
          .filter((f) => !f.level_id)
          .map((f) => [`${f.inventory_item_id}|${f.location_id}`, f])
      ).values(),
    ]
    const previous = toUpdate.map((f) => ({ id: f.level_id!, qty: f.prev! }))
    const updated = await setStocked(
      knex,
      toUpdate.map((f) => ({ id: f.level_id!, qty: f.qty }))
    )
    const created = await insertLevels(
      knex,
      toCreate.map((f) => ({
        inventory_item_id: f.inventory_item_id,
        location_id: f.location_id,
        qty: f.qty,
      }))
    )
    return new StepResponse(
      { written: updated + created.length, ms: Date.now() - t0 },
      { previous, created }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    if (undo.previous.length) await setStocked(pgOf(container), undo.previous)
    if (undo.created.length)
      await container.resolve(Modules.INVENTORY).deleteInventoryLevels(undo.created)
  }
)

/** Writes price rows by id (one statement). */
async function setPrices(knex: Knex, rows: { id: string; amount: string }[]) {
  if (!rows.length) return
  await knex.raw(
    `update pc_variant_price p set amount = u.amount::numeric, raw_amount = u.raw::jsonb, updated_at = now(), deleted_at = null
       from unnest(?::text[], ?::text[], ?::text[]) as u(id, amount, raw) where p.id = u.id`,
    [rows.map((r) => r.id), rows.map((r) => r.amount), rows.map((r) => raw(r.amount))]
  )
}

/**
 * Offer prices into the pricing-contract table `pc_variant_price`, set-based: one query reads the
 * current prices of the batch, then at most one INSERT, one UPDATE and one DELETE — only for prices
 * that differ (an unchanged price is never written). `amount: null` removes the price of that type.
 * The module service (`upsertVariantPricesStep`) updates through the ORM row by row (1,500 rows per
 * batch of 500 offers); this keeps the same table semantics and exact decimals (`raw_amount`).
 * Compensation deletes inserted rows and restores updated and deleted ones with their previous values.
 */
export const applyOfferPricesStep = createStep(
  "one-c-apply-offer-prices",
  async (rows: OfferPlan["prices"], { container }) => {
    if (!rows.length) return new StepResponse({ created: 0, updated: 0, deleted: 0, ms: 0 }, null)
    const t0 = Date.now()
    rows.forEach((r, i) => {
      if (r.amount !== null && new Decimal(r.amount).isNegative())
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `prices[${i}].amount: must not be negative`
        )
    })
    const knex = pgOf(container)
    const wanted = [...new Map(rows.map((r) => [`${r.variant_id}|${r.price_type_id}`, r])).values()]
    const found: {
      rows: {
        variant_id: string
        price_type_id: string
        amount: string | null
        id: string | null
        prev: string | null
      }[]
    } = await knex.raw(
      `select i.variant_id, i.price_type_id, i.amount, p.id, p.raw_amount->>'value' as prev
         from unnest(?::text[], ?::text[], ?::text[]) as i(variant_id, price_type_id, amount)
         left join pc_variant_price p on p.variant_id = i.variant_id and p.price_type_id = i.price_type_id and p.deleted_at is null`,
      [
        wanted.map((w) => w.variant_id),
        wanted.map((w) => w.price_type_id),
        wanted.map((w) => w.amount),
      ]
    )
    const toCreate = found.rows
      .filter((f) => !f.id && f.amount !== null)
      .map((f) => ({
        id: generateEntityId(undefined, "vprc"),
        variant_id: f.variant_id,
        price_type_id: f.price_type_id,
        amount: f.amount!,
      }))
    const toUpdate = found.rows.filter(
      (f) => f.id && f.amount !== null && !new Decimal(f.prev ?? "NaN").eq(f.amount)
    )
    const toDelete = found.rows.filter((f) => f.id && f.amount === null)
    const previous = [...toUpdate, ...toDelete].map((f) => ({
      id: f.id!,
      variant_id: f.variant_id,
      price_type_id: f.price_type_id,
      amount: f.prev!,
    }))
    if (toCreate.length) {
      await knex.raw(
        `insert into pc_variant_price (id, variant_id, price_type_id, amount, raw_amount, created_at, updated_at)
         select u.id, u.variant_id, u.price_type_id, u.amount::numeric, u.raw::jsonb, now(), now()
           from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as u(id, variant_id, price_type_id, amount, raw)`,
        [
          toCreate.map((c) => c.id),
          toCreate.map((c) => c.variant_id),
          toCreate.map((c) => c.price_type_id),
          toCreate.map((c) => c.amount),
          toCreate.map((c) => raw(c.amount)),
        ]
      )
    }
    await setPrices(
      knex,
      toUpdate.map((f) => ({ id: f.id!, amount: f.amount! }))
    )
    if (toDelete.length)
      await knex("pc_variant_price")
        .whereIn(
          "id",
          toDelete.map((f) => f.id!)
        )
        .delete()
    return new StepResponse(
      {
        created: toCreate.length,
        updated: toUpdate.length,
        deleted: toDelete.length,
        ms: Date.now() - t0,
      },
      { created: toCreate.map((c) => c.id), previous }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const knex = pgOf(container)
    if (undo.created.length) await knex("pc_variant_price").whereIn("id", undo.created).delete()
    const live = new Set(
      (
        await knex("pc_variant_price")
          .whereIn(
            "id",
            undo.previous.map((p) => p.id)
          )
          .select("id")
      ).map((r: any) => r.id)
    )
    await setPrices(
      knex,
      undo.previous.filter((p) => live.has(p.id))
    )
    const gone = undo.previous.filter((p) => !live.has(p.id))
    if (gone.length) {
      await knex.raw(
        `insert into pc_variant_price (id, variant_id, price_type_id, amount, raw_amount, created_at, updated_at)
         select u.id, u.variant_id, u.price_type_id, u.amount::numeric, u.raw::jsonb, now(), now()
           from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as u(id, variant_id, price_type_id, amount, raw)`,
        [
          gone.map((c) => c.id),
          gone.map((c) => c.variant_id),
          gone.map((c) => c.price_type_id),
          gone.map((c) => c.amount),
          gone.map((c) => raw(c.amount)),
        ]
      )
    }
  }
)

export const saveOfferMappingsStep = createStep(
  "one-c-save-offer-mappings",
  async (rows: OfferPlan["mappings"], { container }) => {
    await container.resolve<OneCModuleService>(ONE_C_MODULE).upsertMappings(rows)
    return new StepResponse(rows.length)
  }
)

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
    const known = await onec.mappingsFor(
      "variant",
      withChar.map((o) => o.id)
    )
    const missing = withChar.filter((o) => !known.has(o.id))
    const products = await onec.mappingsFor("product", [...new Set(missing.map((o) => o.base_id))])
    const additions = [
      ...new Map(missing.filter((o) => products.has(o.base_id)).map((o) => [o.id, o])).values(),
    ].map((o) => ({
      productId: products.get(o.base_id)!.internal_id,
      p: {
        id: o.id,
        characteristic_id: o.characteristic_id,
        sku: o.sku,
        barcodes: o.barcode ? [o.barcode] : [],
        characteristics: o.characteristics,
        name: o.name,
      },
    }))
    if (!additions.length) return new StepResponse(0, null)
    const productModule = container.resolve(Modules.PRODUCT)
    const added = await addVariantsToProducts(
      container,
      additions,
      await skuAllocator(
        productModule,
        additions.map((a) => a.p)
      )
    )
    await onec.upsertMappings(added.mappings)
    return new StepResponse(added.variants.length, added)
  },
  async (added, { container }) => {
    if (!added) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(added.links)
    await container.resolve(Modules.INVENTORY).deleteInventoryItems(added.inventory)
    await container.resolve(Modules.PRODUCT).deleteProductVariants(added.variants)
    await container.resolve<OneCModuleService>(ONE_C_MODULE).deleteMappings(
      "variant",
      added.mappings.map((m) => m.external_id)
    )
  }
)
