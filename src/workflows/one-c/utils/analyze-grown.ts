import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

const ANALYZED_TABLES = [
  "product",
  "product_variant",
  "product_category_product",
  "product_variant_inventory_item",
  "product_sales_channel",
  "inventory_item",
  "inventory_level",
  "pc_variant_price",
  "onec_mapping",
  "onec_staged",
]

/**
 * `ANALYZE` of the catalog tables that grew by more than a fifth (and 1,000 rows) since their last
 * statistics: autovacuum's rule, which it applies late or, with autovacuum off, never. Without it a
 * bulk load keeps the empty-table plans (at 100k products the offers' price lookups took 44 s instead of
 * ~10 s; the sweep's anti-join 3.9 s instead of 0.1 s at 10k). Updates alone (a delta of prices and stock)
 * leave row counts and keys as they were, so they do not trigger it (4.2 s of a 100k delta before).
 */
export async function analyzeGrown(container: MedusaContainer) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const grown = (
    await knex.raw(
      `select s.relname from pg_stat_user_tables s join pg_class c on c.oid = s.relid
        where s.relname = any(?) and s.n_live_tup - greatest(c.reltuples, 0) > greatest(1000, 0.2 * greatest(c.reltuples, 0))`,
      [ANALYZED_TABLES]
    )
  ).rows.map((r: any) => r.relname as string)
  if (grown.length) await knex.raw(`analyze ${grown.map((t: string) => `"${t}"`).join(", ")}`)
}
