import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import Decimal from "decimal.js"
import { hashOf, type CmlOffer } from "../../../modules/one-c"

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

/**
 * What an offer says (prices, stock, deletion mark, and its characteristics when it lists them):
 * equal to the last applied hash = nothing to write. An offer without characteristics hashes as before.
 */
export const offerHash = (o: CmlOffer) =>
  o.characteristics?.length
    ? hashOf([o.prices, o.total_quantity, o.stocks, o.deleted, o.characteristics])
    : hashOf([o.prices, o.total_quantity, o.stocks, o.deleted])

// the raw column as Medusa writes it ({ value: "460", precision: 20 }): exact decimal, no exponent
export const raw = (v: string | number) =>
  JSON.stringify({ value: new Decimal(v).toFixed(), precision: 20 })

type Knex = any

export const pgOf = (container: any): Knex =>
  container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

/** Sets inventory_level.stocked_quantity for level ids (one statement); rows equal to the target are not written. */
export async function setStocked(knex: Knex, rows: { id: string; qty: string }[]) {
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
export async function insertLevels(
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

/** Writes price rows by id (one statement). */
export async function setPrices(knex: Knex, rows: { id: string; amount: string }[]) {
  if (!rows.length) return
  await knex.raw(
    `update pc_variant_price p set amount = u.amount::numeric, raw_amount = u.raw::jsonb, updated_at = now(), deleted_at = null
       from unnest(?::text[], ?::text[], ?::text[]) as u(id, amount, raw) where p.id = u.id`,
    [rows.map((r) => r.id), rows.map((r) => r.amount), rows.map((r) => raw(r.amount))]
  )
}
