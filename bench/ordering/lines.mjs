// Per-line operations on a 500-line cart: add one line, change one line's quantity, remove one
// line, read the cart. Ours (a company member, contract prices) and plain Medusa (a customer of no
// company, Medusa's price list for a customer group, the same products) alternate request by request
// on the same server and database, so load on the machine hits both alike.
import { bench } from "../lib.mjs"

const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function timedJson(srv, ...args) {
  const t = process.hrtime.bigint()
  const r = await srv.json(...args)
  return [Number(process.hrtime.bigint() - t) / 1e6, r]
}

/** Database work as Postgres counts it (pg_stat_*, flushed by idle backends within ~1 s). */
async function dbStats(pg) {
  await new Promise((r) => setTimeout(r, 1500))
  const { rows: db } = await pg.query(
    "select xact_commit::int, tup_returned::bigint, tup_fetched::bigint, tup_inserted::int, tup_updated::int, tup_deleted::int from pg_stat_database where datname = current_database()"
  )
  const { rows: tables } = await pg.query(
    "select relname, seq_scan::int, seq_tup_read::bigint, coalesce(idx_scan,0)::int as idx_scan, n_tup_ins::int, n_tup_upd::int, n_tup_del::int from pg_stat_user_tables"
  )
  return { db: db[0], tables: new Map(tables.map((t) => [t.relname, t])) }
}

function statsDelta(a, b, n, label) {
  const d = (k) => (Number(b.db[k]) - Number(a.db[k])) / n
  console.log(
    `${label}: per operation ${d("xact_commit").toFixed(1)} transactions, ${d("tup_returned").toFixed(0)} rows returned (scans), ${d("tup_fetched").toFixed(0)} rows fetched (index), ${d("tup_inserted").toFixed(1)} inserted, ${d("tup_updated").toFixed(1)} updated, ${d("tup_deleted").toFixed(1)} deleted`
  )
  const rows = []
  for (const [name, t] of b.tables) {
    const o = a.tables.get(name) ?? {}
    const x = {
      name,
      seq: (t.seq_scan - (o.seq_scan ?? 0)) / n,
      seqRows: (Number(t.seq_tup_read) - Number(o.seq_tup_read ?? 0)) / n,
      idx: (t.idx_scan - (o.idx_scan ?? 0)) / n,
      upd: (t.n_tup_upd - (o.n_tup_upd ?? 0)) / n,
      ins: (t.n_tup_ins - (o.n_tup_ins ?? 0)) / n,
    }
    if (x.seq || x.idx || x.upd || x.ins) rows.push(x)
  }
  rows.sort((p, q) => q.seqRows + q.idx + q.upd - (p.seqRows + p.idx + p.upd))
  for (const x of rows.slice(0, 12))
    console.log(
      `  ${x.name}: ${x.seq.toFixed(1)} seq scans (${x.seqRows.toFixed(0)} rows), ${x.idx.toFixed(1)} index scans, ${x.ins.toFixed(1)} inserted, ${x.upd.toFixed(1)} updated`
    )
}

export async function linesBench({ srv, h, region, products, extra, pg, ops }) {
  const text = products.map((v) => `${v.sku} 10`).join("\n")
  // ours: a 500-line contract-priced cart through quick order
  const ours = (await srv.json("POST", "/store/carts", { region_id: region }, h)).cart
  const q = await srv.json("POST", `/store/b2b/carts/${ours.id}/quick-order`, { text }, h)
  if (q.summary.added !== products.length) throw new Error("quick order did not add every line")
  // plain Medusa: the same 500 lines in one create-cart request (Medusa's own route and prices)
  const ph = { authorization: `Bearer ${await srv.login("plain-medusa@bench.local")}` }
  const plain = (
    await srv.json(
      "POST",
      "/store/carts",
      { region_id: region, items: products.map((v) => ({ variant_id: v.id, quantity: 10 })) },
      ph
    )
  ).cart
  const sides = [
    { name: "ours", cart: ours.id, h, t: { add: [], update: [], remove: [], read: [] } },
    { name: "medusa", cart: plain.id, h: ph, t: { add: [], update: [], remove: [], read: [] } },
  ]
  for (const s of sides) {
    const c = (
      await srv.json(
        "GET",
        `/store/carts/${s.cart}?fields=id,items.id,items.variant_id`,
        undefined,
        s.h
      )
    ).cart
    if (c.items.length !== products.length)
      throw new Error(`${s.name} cart has ${c.items.length} lines, not ${products.length}`)
    s.line = new Map(c.items.map((i) => [i.variant_id, i.id]))
  }
  const one = async (s, i) => {
    const v = extra[i % extra.length]
    let [ms, r] = await timedJson(
      srv,
      "POST",
      `/store/carts/${s.cart}/line-items`,
      { variant_id: v.id, quantity: 10 },
      s.h
    )
    s.t.add.push(ms)
    const added = r.cart.items.find((it) => it.variant_id === v.id)
    if (!added) throw new Error(`${s.name}: added line not in the response`)
    const u = products[i % products.length]
    ;[ms] = await timedJson(
      srv,
      "POST",
      `/store/carts/${s.cart}/line-items/${s.line.get(u.id)}`,
      { quantity: i % 2 ? 10 : 20 },
      s.h
    )
    s.t.update.push(ms)
    ;[ms] = await timedJson(
      srv,
      "DELETE",
      `/store/carts/${s.cart}/line-items/${added.id}`,
      undefined,
      s.h
    )
    s.t.remove.push(ms)
    ;[ms, r] = await timedJson(srv, "GET", `/store/carts/${s.cart}`, undefined, s.h)
    s.t.read.push(ms)
    if (r.cart.items.length !== products.length)
      throw new Error(`${s.name}: cart has ${r.cart.items.length} lines after add/remove`)
  }
  // one warm-up round each (first request of each route on the server), then alternate
  for (const s of sides) await one(s, 0)
  for (const s of sides) for (const k of Object.keys(s.t)) s.t[k] = []
  for (let i = 1; i <= ops; i++) for (const s of sides) await one(s, i)
  for (const s of sides)
    console.log(
      `${s.name} (${products.length}-line cart, ${ops} each, ms): ` +
        Object.entries(s.t)
          .map(([k, xs]) => `${k} median ${median(xs).toFixed(0)} p95 ${p95(xs).toFixed(0)}`)
          .join("; ")
    )
  const [o, m] = sides
  bench("cart_add_line_500_p95", p95(o.t.add), "ms")
  bench("cart_update_line_500_p95", p95(o.t.update), "ms")
  bench("cart_remove_line_500_p95", p95(o.t.remove), "ms")
  bench("cart_read_500_p95", p95(o.t.read), "ms")
  bench("medusa_cart_add_line_500_p95", p95(m.t.add), "ms")
  bench("medusa_cart_update_line_500_p95", p95(m.t.update), "ms")
  bench("medusa_cart_remove_line_500_p95", p95(m.t.remove), "ms")
  bench("medusa_cart_read_500_p95", p95(m.t.read), "ms")
  bench("cart_add_ratio_medusa", p95(o.t.add) / p95(m.t.add), "ratio")
  bench("cart_update_ratio_medusa", p95(o.t.update) / p95(m.t.update), "ratio")
  bench("cart_remove_ratio_medusa", p95(o.t.remove) / p95(m.t.remove), "ratio")

  // what the database does per add, ours and Medusa's (pg_stat_database / pg_stat_user_tables deltas)
  const N = 5
  for (const s of sides) {
    const added = []
    const a = await dbStats(pg)
    for (let i = 0; i < N; i++) {
      const v = extra[(ops + 1 + i) % extra.length]
      const r = await srv.json(
        "POST",
        `/store/carts/${s.cart}/line-items`,
        { variant_id: v.id, quantity: 10 },
        s.h
      )
      added.push(r.cart.items.find((it) => it.variant_id === v.id).id)
    }
    const b = await dbStats(pg)
    statsDelta(a, b, N, `${s.name} add`)
    for (const id of added)
      await srv.json("DELETE", `/store/carts/${s.cart}/line-items/${id}`, undefined, s.h)
  }
  return { ours: ours.id, plain: plain.id }
}
