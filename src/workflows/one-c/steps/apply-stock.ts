import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import Decimal from "decimal.js"
import { type OfferPlan, pgOf, setStocked, insertLevels } from "../utils/offers"

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
