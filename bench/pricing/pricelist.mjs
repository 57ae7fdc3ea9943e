// Price list XLSX for a whole catalog (default the 100k seed:scale database): time and memory.
import path from "node:path"
import { ROOT, timed } from "../lib.mjs"
import { ensureDatabase, ensurePostgres, pgUrl } from "../../scripts/lib/common.mjs"

const i = process.argv.indexOf("--products")
const products = Number(i > 0 ? process.argv[i + 1] : 100000)
const pg = await ensurePostgres()
const db = `b2b_scale_${products}`
if (await ensureDatabase(pg, db)) {
  console.log(
    `preparing ${db} with npm run seed:scale -- --products ${products} (one-time, minutes)…`
  )
}
const seed = await timed(process.execPath, [
  path.join(ROOT, "scripts/seed-scale.mjs"),
  "--products",
  String(products),
])
if (seed.code !== 0) process.exit(1)
const r = await timed(
  path.join(ROOT, "node_modules/.bin/medusa"),
  ["exec", "./bench/pricing/pricelist-exec.ts"],
  {
    env: { DATABASE_URL: pgUrl(pg, db), LOG_LEVEL: "error", NODE_OPTIONS: "--expose-gc" },
  }
)
process.stdout.write(
  r.out
    .split("\n")
    .filter((l) => l.startsWith("BENCH"))
    .join("\n") + "\n"
)
process.exit(r.code ?? 1)
