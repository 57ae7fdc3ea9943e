// Store listing with personal prices vs plain Medusa prices (customer-group price list), same data, same server.
import { spawn } from "node:child_process"
import path from "node:path"
import { ROOT, bench, freshDatabase, timed } from "../lib.mjs"
import { baseEnv, httpOk, waitFor } from "../../scripts/lib/common.mjs"

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : def
}
const PRODUCTS = Number(arg("products", 2000))
const ROUNDS = Number(arg("rounds", 200))
const PORT = 9400 + Math.floor(Math.random() * 100)
const medusa = path.join(ROOT, "node_modules/.bin/medusa")

const db = await freshDatabase("b2b_bench_listing")
let server
try {
  const env = {
    DATABASE_URL: db.url,
    DEMO_PRODUCTS: String(PRODUCTS),
    DEMO_SEED: "42",
    DISABLE_MEDUSA_ADMIN: "true",
    B2B_ALLOW_DEV_SECRETS: "true",
    PORT: String(PORT),
    LOG_LEVEL: "error",
  }
  for (const [cmd, args] of [
    [medusa, ["db:migrate"]],
    [medusa, ["exec", "./src/scripts/seed-demo.ts"]],
    [medusa, ["exec", "./bench/pricing/medusa-baseline.ts"]],
  ]) {
    const r = await timed(cmd, args, { env })
    if (r.code !== 0) process.exit(1)
    if (args[1]?.includes("seed-demo")) bench("seed_demo_products", PRODUCTS, "products")
  }
  server = spawn(medusa, ["start"], {
    cwd: ROOT,
    env: baseEnv(env),
    detached: true,
    stdio: "ignore",
  })
  await waitFor(() => httpOk(`http://127.0.0.1:${PORT}/health`), {
    timeoutMs: 120000,
    what: "server",
  })
  const base = `http://127.0.0.1:${PORT}`
  const { readFileSync } = await import("node:fs")
  const pk = readFileSync(path.join(ROOT, ".data/publishable-key.txt"), "utf8").trim()
  const login = async (email) =>
    (
      await (
        await fetch(`${base}/auth/customer/emailpass`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email, password: "demo12345" }),
        })
      ).json()
    ).token
  const b2bToken = await login("buyer@stroyinvest.demo")
  const plainToken = await login("plain-medusa@bench.local")
  const region = (
    await (
      await fetch(`${base}/store/regions`, { headers: { "x-publishable-api-key": pk } })
    ).json()
  ).regions[0].id

  const personal = () =>
    fetch(`${base}/store/products?limit=24&fields=id,title,handle,*variants`, {
      headers: { "x-publishable-api-key": pk, authorization: `Bearer ${b2bToken}` },
    })
  const plain = () =>
    fetch(
      `${base}/store/products?limit=24&region_id=${region}&fields=id,title,handle,*variants,*variants.calculated_price`,
      { headers: { "x-publishable-api-key": pk, authorization: `Bearer ${plainToken}` } }
    )

  // sanity: both carry prices, and they differ from the base price where contracts say so
  const a = await (await personal()).json()
  const b = await (await plain()).json()
  if (!a.products?.[0]?.variants?.[0]?.b2b_price?.amount)
    throw new Error("personal listing carries no b2b_price")
  if (!b.products?.[0]?.variants?.[0]?.calculated_price?.calculated_amount)
    throw new Error("plain listing carries no calculated_price")
  if (b.products[0].variants[0].calculated_price.calculated_price?.price_list_type !== "override")
    throw new Error("plain listing does not use the customer-group price list")

  const time = async (fn) => {
    const t = process.hrtime.bigint()
    const r = await fn()
    await r.arrayBuffer()
    if (!r.ok) throw new Error(`HTTP ${r.status}`)
    return Number(process.hrtime.bigint() - t) / 1e6
  }
  for (let i = 0; i < 20; i++) {
    await time(personal)
    await time(plain)
  }
  const pa = []
  const pb = []
  for (let i = 0; i < ROUNDS; i++) {
    // alternate so that both see the same machine state
    if (i % 2) {
      pa.push(await time(personal))
      pb.push(await time(plain))
    } else {
      pb.push(await time(plain))
      pa.push(await time(personal))
    }
  }
  const med = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1]
  const p95 = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length * 0.95)]
  console.log(`catalog ${PRODUCTS} products; ${ROUNDS} requests each, alternating; limit=24`)
  bench("listing_personal_median", med(pa), "ms")
  bench("listing_personal_p95", p95(pa), "ms")
  bench("listing_plain_medusa_median", med(pb), "ms")
  bench("listing_plain_medusa_p95", p95(pb), "ms")
  bench("listing_ratio", med(pa) / med(pb), "ratio")
} finally {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGKILL")
    } catch {}
  }
  await db.drop()
}
