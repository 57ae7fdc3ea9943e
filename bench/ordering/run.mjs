// Quick order of 500 SKU lines in one request vs the same 500 lines added one request at a time;
// per-line operations (add / change quantity / remove / read) on a 500-line cart, each beside plain
// Medusa's own routes on a 500-line cart of a customer who belongs to no company (Medusa's price
// list for a customer group, bench/pricing/medusa-baseline.ts), alternating request by request.
// Then placing a 500-line cart split into two orders beside Medusa's own completion (place.mjs).
//   LINES_ONLY=1: the per-line part alone; QUICK_ONLY=1: the quick order alone; PLACE_ONLY=1: placing
//   alone; LINE_OPS=30 operations each; PLACE_RUNS=3 placements each
import pgLib from "pg"
import { bench, seededServer } from "../lib-server.mjs"
import { linesBench } from "./lines.mjs"
import { placeBench } from "./place.mjs"

const LINES = 500
const LINE_OPS = Number(process.env.LINE_OPS || 30)
const PLACE_RUNS = Number(process.env.PLACE_RUNS || 3)
// 10 of each line per cart; placing reserves them (ours and Medusa's, PLACE_RUNS times each)
const MIN_STOCK = 10 * (2 * PLACE_RUNS + 4)
const srv = await seededServer({
  prefix: "b2b_bench_ordering",
  products: 600,
  extraExec: ["./bench/pricing/medusa-baseline.ts"],
  // a placement splits into orders (not shipments of one order): place_500 counts two orders
  env: { B2B_ORDER_SPLIT_MODE: "orders" },
})
try {
  const token = await srv.login("buyer@stroyinvest.demo")
  const h = { authorization: `Bearer ${token}` }
  const region = (await srv.json("GET", "/store/regions")).regions[0].id
  const products = []
  // fields: inventory_quantity needs the sales channel (from the publishable key)
  for (let offset = 0; products.length < LINES; offset += 100) {
    const page = await srv.json(
      "GET",
      `/store/products?limit=100&offset=${offset}&fields=id,*variants,+variants.inventory_quantity`,
      undefined,
      h
    )
    for (const p of page.products)
      for (const v of p.variants)
        if (
          v.b2b_price?.amount &&
          (v.inventory_quantity ?? 0) >= MIN_STOCK &&
          products.length < LINES + LINE_OPS
        )
          products.push(v)
    // only lines that are in stock, so both ways add exactly the same 500 lines
    if (!page.products.length) break
  }
  if (products.length < LINES + LINE_OPS)
    throw new Error(`only ${products.length} variants with ${MIN_STOCK} in stock and a price`)
  // the first 500 make the carts; the next LINE_OPS are the lines added to them one at a time
  const extra = products.splice(LINES)
  const text = products.map((v) => `${v.sku} ${10}`).join("\n")

  // the same 500 lines into a fresh cart each time: the first request on a just-started server
  // (cold code paths) is reported apart; the figure is the median of the warm runs after it
  const RUNS =
    process.env.LINES_ONLY || process.env.PLACE_ONLY ? 0 : Number(process.env.QUICK_RUNS || 5)
  const times = []
  for (let i = 0; i <= RUNS; i++) {
    const cartA = (await srv.json("POST", "/store/carts", { region_id: region }, h)).cart
    const t0 = Date.now()
    const quick = await srv.json("POST", `/store/b2b/carts/${cartA.id}/quick-order`, { text }, h)
    times.push((Date.now() - t0) / 1000)
    if (quick.summary.added !== LINES)
      throw new Error(
        `quick order added ${quick.summary.added} of ${LINES}: ${JSON.stringify(quick.rows.find((r) => r.status !== "added"))}`
      )
  }
  const sorted = times.slice(1).sort((a, b) => a - b)
  const quickSecs = sorted[Math.floor(sorted.length / 2)]
  console.log(
    `quick order runs (s): first ${times[0].toFixed(2)}, then ${times
      .slice(1)
      .map((x) => x.toFixed(2))
      .join(", ")}`
  )
  bench("quick_order_500_first", times[0], "s")
  let t

  if (!process.env.QUICK_ONLY) {
    const pg = new pgLib.Client({ connectionString: srv.db.url })
    await pg.connect()
    try {
      if (!process.env.PLACE_ONLY)
        await linesBench({ srv, h, region, products, extra, pg, ops: LINE_OPS })
      if (!process.env.LINES_ONLY)
        await placeBench({
          srv,
          h,
          region,
          products,
          pg,
          runs: PLACE_RUNS,
        })
    } finally {
      await pg.end()
    }
  }
  if (process.env.LINES_ONLY || process.env.PLACE_ONLY) {
    process.exitCode = 0
  } else if (process.env.QUICK_ONLY) {
    // iterate on the quick order alone (the one-by-one baseline takes ~15 minutes)
    bench("quick_order_500", quickSecs, "s")
    process.exitCode = 0
  } else {
    const cartB = (await srv.json("POST", "/store/carts", { region_id: region }, h)).cart
    t = Date.now()
    for (const v of products)
      await srv.json(
        "POST",
        `/store/carts/${cartB.id}/line-items`,
        { variant_id: v.id, quantity: 10 },
        h
      )
    const oneSecs = (Date.now() - t) / 1000
    const check = (await srv.json("GET", `/store/carts/${cartB.id}`, undefined, h)).cart
    if (check.items.length !== LINES)
      throw new Error(`one-by-one cart has ${check.items.length} lines`)
    console.log(
      `${LINES} lines, contract-priced, buyer of a holding with an agreement; one server, sequential`
    )
    bench("quick_order_500", quickSecs, "s")
    bench("one_by_one_500", oneSecs, "s")
    bench("quick_order_ratio", oneSecs / quickSecs, "ratio")
  }
} finally {
  await srv.stop()
}
