import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { seedCatalog } from "./seed/catalog"
import { demoLoginsText, seedCompanies } from "./seed/companies"
import { seedPricing } from "./seed/pricing"
import { seedReturnReasons } from "./seed/return-reasons"
import { readSeedConfig } from "../lib/runtime-config"

/**
 * `npx medusa exec ./src/scripts/seed-demo.ts` (run by `npm run demo` and `npm run seed`):
 * a deterministic, Russian-market demo. Idempotent: a second run creates nothing new.
 * DEMO_SEED (default 42) and DEMO_PRODUCTS (default 500) choose the data.
 */
export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const t0 = Date.now()
  const { seed, products, adminEmail, adminPassword } = readSeedConfig()

  const catalog = await seedCatalog(container, { seed, products })
  logger.info(
    `catalog: ${catalog.products} products, ${catalog.variants} variants, ${Object.keys(catalog.category_ids).length} categories, ${catalog.location_ids.length} warehouses`
  )
  const companies = await seedCompanies(container, { adminEmail, adminPassword })
  logger.info(
    `companies: ${companies.holdings} holdings, ${companies.legal_entities} legal entities, ${companies.people} buyers, ${companies.staff} staff`
  )
  const pricing = await seedPricing(container)
  logger.info(
    `pricing: ${pricing.skipped ? "already seeded" : `${pricing.price_types} price types, ${pricing.variant_prices} variant prices`}`
  )
  // after-sales: step-by-step return reasons
  const reasons = await seedReturnReasons(container)
  logger.info(`return reasons: ${reasons.created} created`)

  const dataDir = path.join(process.cwd(), ".data")
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(path.join(dataDir, "publishable-key.txt"), catalog.publishable_key)
  writeFileSync(path.join(dataDir, "demo-logins.txt"), demoLoginsText(adminEmail, adminPassword))
  logger.info(`demo seed done in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
}
