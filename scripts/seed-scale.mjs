#!/usr/bin/env node
// `npm run seed:scale -- --products 100000`: a large deterministic catalog for benchmarks, in its own
// database (b2b_scale_<N>, or DATABASE_URL). Idempotent: re-running tops up what is missing.
import {
  ROOT,
  baseEnv,
  ensureDatabase,
  ensureDeps,
  ensurePostgres,
  log,
  pgUrl,
  run,
} from "./lib/common.mjs"
import path from "node:path"

const i = process.argv.indexOf("--products")
const products = Number(i > 0 ? process.argv[i + 1] : 100000)
if (!Number.isInteger(products) || products < 1) {
  console.error("--products must be a positive whole number")
  process.exit(2)
}
await ensureDeps(ROOT, "backend")
const pg = await ensurePostgres()
const db = pg.database || `b2b_scale_${products}`
await ensureDatabase(pg, db)
const env = baseEnv({
  DATABASE_URL: process.env.DATABASE_URL || pgUrl(pg, db),
  DEMO_PRODUCTS: String(products),
  LOG_LEVEL: "info",
})
const medusa = path.join(ROOT, "node_modules/.bin/medusa")
const t = Date.now()
if ((await run(medusa, ["db:migrate"], { env })) !== 0) process.exit(1)
if ((await run(medusa, ["exec", "./src/scripts/seed-demo.ts"], { env })) !== 0) process.exit(1)
// after a bulk load the planner needs fresh statistics (autovacuum would gather them some minutes later;
// without them the catalog queries of the benchmarks pick sequential scans and run 5-10× slower)
{
  const { default: pgLib } = await import("pg")
  const c = new pgLib.Client({ connectionString: env.DATABASE_URL })
  await c.connect()
  await c.query("analyze")
  await c.end()
}
log(`database ${db}: ${products} products seeded in ${((Date.now() - t) / 1000).toFixed(0)} s`)
console.log(`BENCH seed_scale_${products} ${((Date.now() - t) / 1000).toFixed(1)} s`)
await pg.stop()
