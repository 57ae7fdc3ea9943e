import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PLACEHOLDER_OPTION } from "../modules/one-c"
import { migrateCharacteristicOptionsWorkflow } from "../workflows/one-c"

const BATCH = 100

/**
 * `npx medusa exec ./src/scripts/one-c-characteristic-options.ts`: converts the 1C products imported
 * before characteristics became product options — one option «Вариант» whose values are whole strings
 * («Цвет: Белый, Объём: 0,9 л») — into one option per characteristic (Цвет, Объём), keeping variant
 * ids, prices, stock, reservations and order lines, and drops their base «Основной» variant as the
 * import now does (kept unsellable when an order or a cart holds it). Idempotent: a second run finds
 * the converted products planned as they are and writes nothing. Returns what it did (for tests).
 */
export default async function migrateCharacteristicOptions({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // 1C products (external_id) on the «Вариант» option with at least one characteristic variant
  const { rows } = await knex.raw(
    `select distinct p.id
       from product p
       join product_product_option ppo on ppo.product_id = p.id and ppo.deleted_at is null
       join product_option po on po.id = ppo.product_option_id and po.deleted_at is null
      where p.deleted_at is null and p.external_id is not null and po.title = ?
        and exists (select 1 from product_variant v
                     where v.product_id = p.id and v.deleted_at is null
                       and coalesce(v.metadata ->> 'one_c_id', '') like '%#%')
      order by p.id`,
    [PLACEHOLDER_OPTION]
  )
  const ids = (rows as { id: string }[]).map((r) => r.id)
  const total = { products: 0, variants_updated: 0, base_removed: 0, messages: [] as string[] }
  for (let i = 0; i < ids.length; i += BATCH) {
    const { result } = await migrateCharacteristicOptionsWorkflow(container).run({
      input: { product_ids: ids.slice(i, i + BATCH) },
    })
    total.products += result.products
    total.variants_updated += result.variants_updated
    total.base_removed += result.base_removed
    total.messages.push(...result.messages)
    for (const m of result.messages) logger.info(m)
  }
  logger.info(
    `1C characteristics → options: ${total.products} products checked, ${total.variants_updated} variants given option values, ${total.base_removed} base variants removed`
  )
  return total
}
