// 1C exchange through the HTTP protocol: full import, delta of prices/stock, unchanged re-import, peak RSS.
//   npm run bench -- 1c [--products 10000] [--properties 1000] [--delta-share 1.0] [--server-heap <MB>]
// The server runs with the heap limit `npm run demo` gives it (B2B_SERVER_HEAP_MB, default 768 MB);
// --server-heap <MB> sets another, --server-heap 0 leaves the sizing to V8 (~4 GB limit on this machine).
import { readFileSync, readdirSync, statSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { bench, ROOT } from "../lib.mjs"
import { seededServer } from "../lib-server.mjs"
import { serverNodeOptions } from "../../scripts/lib/common.mjs"
import { generate, parseArgs } from "./generate.mjs"

const o = parseArgs(process.argv.slice(2))
if (!process.argv.includes("--products")) o.products = 10000
o.out = path.join(os.tmpdir(), `b2b-1c-bench-${o.products}`)
const label = o.products >= 1000 ? `${Math.round(o.products / 1000)}k` : String(o.products)

let t = Date.now()
const files = await generate(o)
console.log(
  `generated ${o.products} products, ${o.properties} properties, ${o.priceTypes} price types, ${o.warehouses} warehouses in ${((Date.now() - t) / 1000).toFixed(1)} s: ` +
    Object.values(files)
      .map((f) => `${path.basename(f)} ${(statSync(f).size / 1048576).toFixed(1)} MB`)
      .join(", ")
)

const heapArg = process.argv.indexOf("--server-heap")
const serverHeap = heapArg >= 0 ? process.argv[heapArg + 1] : null
console.log(
  `server NODE_OPTIONS: ${serverNodeOptions({ ...process.env, ...(serverHeap !== null ? { B2B_SERVER_HEAP_MB: serverHeap } : {}) }) || "(none: V8 sizes the heap)"}`
)

const LOGIN = "exchange"
const PASSWORD = "bench-exchange"
const srv = await seededServer({
  prefix: "b2b_bench_1c",
  products: 20,
  env: {
    ...(serverHeap !== null ? { B2B_SERVER_HEAP_MB: serverHeap } : {}),
    ONE_C_EXCHANGE_LOGIN: LOGIN,
    ONE_C_EXCHANGE_PASSWORD: PASSWORD,
    ONE_C_STEP_SECONDS: "10",
    ONE_C_EXCHANGE_DIR: path.join(o.out, "exchange"),
  },
})

/** Peak RSS (VmHWM) of the server's process tree, in MB. */
function peakRss(rootPid) {
  const kids = new Map()
  for (const d of readdirSync("/proc").filter((x) => /^\d+$/.test(x))) {
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${d}/status`, "utf8"))?.[1])
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(d)])
    } catch {}
  }
  let peak = 0
  const stack = [rootPid]
  while (stack.length) {
    const pid = stack.pop()
    try {
      const kb = Number(
        /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0
      )
      peak = Math.max(peak, kb / 1024)
    } catch {}
    stack.push(...(kids.get(pid) ?? []))
  }
  return peak
}

const dec = new TextDecoder("windows-1251")
class OneC {
  cookie = ""
  fileLimit = 0
  async call(type, mode, extra = {}, body) {
    const qs = new URLSearchParams({ type, mode, ...extra })
    const headers = this.cookie ? { cookie: this.cookie } : {}
    if (mode === "checkauth")
      headers.authorization = `Basic ${Buffer.from(`${LOGIN}:${PASSWORD}`).toString("base64")}`
    const r = await fetch(
      `${srv.base}/1c/exchange?${qs}`,
      body
        ? {
            method: "POST",
            headers: { ...headers, "content-type": "application/octet-stream" },
            body,
          }
        : { headers }
    )
    const text = dec.decode(new Uint8Array(await r.arrayBuffer()))
    return { status: r.status, text, lines: text.split("\n") }
  }
  async start() {
    const auth = await this.call("catalog", "checkauth")
    if (auth.lines[0] !== "success") throw new Error(`checkauth: ${auth.text}`)
    this.cookie = `${auth.lines[1]}=${auth.lines[2]}`
    const init = await this.call("catalog", "init", { version: "2.07" })
    this.fileLimit = Number(/file_limit=(\d+)/.exec(init.text)?.[1] ?? 0)
  }
  async upload(file, name) {
    const buf = readFileSync(file)
    const chunk = Math.min(this.fileLimit || buf.length, 8 << 20)
    for (let i = 0; i < buf.length; i += chunk) {
      const r = await this.call("catalog", "file", { filename: name }, buf.subarray(i, i + chunk))
      if (r.lines[0] !== "success") throw new Error(`file ${name}: ${r.text}`)
    }
  }
  async import(name) {
    for (let calls = 1; ; calls++) {
      const r = await this.call("catalog", "import", { filename: name })
      if (r.lines[0] === "success") return calls
      if (r.lines[0] !== "progress") throw new Error(`import ${name}: ${r.text}`)
    }
  }
  /** A whole session like 1C: checkauth, init, upload, import each file until success, complete. */
  async session(list) {
    await this.start()
    for (const [file, name] of list) await this.upload(file, name)
    let calls = 0
    for (const [, name] of list) calls += await this.import(name)
    await this.call("catalog", "complete")
    return calls
  }
}

const { default: pgLib } = await import("pg")
const pg = new pgLib.Client({ connectionString: srv.db.url })
await pg.connect()
const count = async (sql) => Number((await pg.query(sql)).rows[0].n)
/** Row writes so far to the tables a catalog import touches (products, variants, prices, stock, categories). */
const CATALOG_TABLES = `'^(product|product_variant|product_category|product_category_product|product_option|product_option_value|product_variant_option|inventory_item|inventory_level|product_variant_inventory_item|pc_variant_price|pc_price_type|stock_location|price|price_set)$'`
const writesByTable = async () =>
  Object.fromEntries(
    (
      await pg.query(
        `select relname, n_tup_ins + n_tup_upd + n_tup_del as n from pg_stat_user_tables where relname ~ ${CATALOG_TABLES}`
      )
    ).rows.map((r) => [r.relname, Number(r.n)])
  )

let countsSeen = new Date(0)
/** Where the time went per file: the ms_* counters and max RSS the server keeps in onec_file_state.counts. */
async function printFileCounts(what) {
  for (const r of (
    await pg.query(
      `select filename, counts, extract(epoch from finished_at - started_at) as secs from onec_file_state where started_at >= $1 order by started_at`,
      [countsSeen]
    )
  ).rows) {
    const c = r.counts ?? {}
    const ms = Object.entries(c)
      .filter(([k]) => k.startsWith("ms_") || k === "max_rss_mb")
      .map(([k, v]) => `${k}=${v}`)
      .join(" ")
    console.log(`  ${what} ${r.filename}: ${Number(r.secs).toFixed(1)} s; ${ms}`)
  }
  countsSeen = new Date()
}

try {
  const full = [
    [files.import, "import.xml"],
    [files.offers, "offers.xml"],
  ]
  t = Date.now()
  const calls = await new OneC().session(full)
  const fullSecs = (Date.now() - t) / 1000
  const n = {
    products: await count(
      `select count(*) as n from product p join onec_mapping m on m.internal_id = p.id where p.deleted_at is null`
    ),
    variants: await count(
      `select count(*) as n from product_variant where deleted_at is null and sku like 'ART-%'`
    ),
    prices: await count(`select count(*) as n from pc_variant_price where deleted_at is null`),
    levels: await count(`select count(*) as n from inventory_level where deleted_at is null`),
    categories: await count(`select count(*) as n from product_category where deleted_at is null`),
  }
  console.log(`full import: ${calls} import calls; in the database: ${JSON.stringify(n)}`)
  bench(`full_import_${label}`, fullSecs, "s")
  await printFileCounts("full")
  // autovacuum is off on these machines' Postgres: gather the statistics a production database would have
  // after a bulk load, so the following steps run with the plans they would get there
  await pg.query("analyze")

  await new Promise((r) => setTimeout(r, 11000)) // an idle backend flushes its table statistics within 10 s (PGSTAT_IDLE_INTERVAL)
  const before = await writesByTable()
  const tRe = new Date()
  t = Date.now()
  await new OneC().session(full)
  // rows whose content changed (updated_at moved) during the re-import, table by table
  const touched = {}
  for (const table of [
    "product",
    "product_variant",
    "product_category",
    "pc_variant_price",
    "inventory_level",
    "inventory_item",
  ]) {
    touched[table] = await count(
      `select count(*) as n from ${table} where updated_at >= '${tRe.toISOString()}'`
    )
  }
  const reSecs = (Date.now() - t) / 1000
  for (const r of (
    await pg.query(
      `select mode, filename, status, duration_ms, left(message, 120) as message from onec_log where created_at >= $1 and duration_ms > 200 order by created_at`,
      [tRe]
    )
  ).rows) {
    console.log(
      `  re-import step: ${r.mode} ${r.filename ?? ""} ${r.status} ${r.duration_ms} ms ${r.message ?? ""}`
    )
  }
  await new Promise((r) => setTimeout(r, 11000))
  bench("reimport_unchanged", reSecs, "s")
  const after = await writesByTable()
  const changed = Object.fromEntries(
    Object.entries(after)
      .map(([k, v]) => [k, v - (before[k] ?? 0)])
      .filter(([, v]) => v)
  )
  if (Object.keys(changed).length)
    console.log(`writes during the unchanged re-import: ${JSON.stringify(changed)}`)
  bench(
    "reimport_writes",
    Object.values(changed).reduce((a, b) => a + b, 0),
    "rows"
  )
  bench(
    "reimport_rows_changed",
    Object.values(touched).reduce((a, b) => a + b, 0),
    "rows"
  )
  bench("reimport_share", (100 * reSecs) / fullSecs, "%")
  await printFileCounts("re-import")

  const tDelta = new Date()
  t = Date.now()
  await new OneC().session([[files.delta, "offers_delta.xml"]])
  for (const r of (
    await pg.query(
      `select mode, filename, status, duration_ms, left(message, 120) as message from onec_log where created_at >= $1 and duration_ms > 200 order by created_at`,
      [tDelta]
    )
  ).rows) {
    console.log(
      `  delta step: ${r.mode} ${r.filename ?? ""} ${r.status} ${r.duration_ms} ms ${r.message ?? ""}`
    )
  }
  bench(`delta_${label}`, (Date.now() - t) / 1000, "s")
  await printFileCounts("delta")
  bench("peak_rss", peakRss(srv.pid), "MB")
} finally {
  await pg.end()
  await srv.stop()
}
