import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import Decimal from "decimal.js"
import { type OfferPlan, raw, pgOf, setPrices } from "../utils/offers"

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
