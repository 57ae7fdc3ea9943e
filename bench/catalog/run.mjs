// Catalog filters by 1C attributes at scale: filtered listing and facets vs Medusa's plain /store/products.
//   npm run bench -- catalog [--products 100000] [--properties 1000] [--per-product 12] [--values 20]
import pg from "pg"
import { bench, seededServer } from "../lib-server.mjs"

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : def
}
const N = arg("products", 100000)
const P = arg("properties", 1000)
const PER = arg("per-product", 12)
const V = arg("values", 20)
const RUNS = 7

const srv = await seededServer({ prefix: "b2b_bench_catalog", products: 20 })
const db = new pg.Client({ connectionString: srv.db.url })
await db.connect()
try {
  // N published products in the storefront's sales channel, spread over the demo categories; each
  // carries PER attributes out of P (skewed: low-numbered properties are common) with V values each.
  const t0 = Date.now()
  const {
    rows: [{ sales_channel_id }],
  } = await db.query(
    `select sales_channel_id from publishable_api_key_sales_channel l join api_key k on k.id = l.publishable_key_id where k.token = $1 limit 1`,
    [srv.pk]
  )
  await db.query(`
    insert into product (id, title, handle, status, metadata)
    select 'bprod_' || g, 'Товар ' || g, 'bench-' || g, 'published',
           jsonb_build_object('attributes', (
             select jsonb_object_agg('Свойство ' || p, case when p % 7 = 0 then jsonb_build_array('Значение ' || ((g + p) % ${V}), 'Значение ' || ((g + p + 1) % ${V})) else to_jsonb('Значение ' || ((g * 31 + p) % ${V})) end)
               from (select distinct (floor(power(random(), 2) * ${P}))::int + 1 as p from generate_series(1, ${PER}) k where g > 0) s))
      from generate_series(1, ${N}) g`)
  await db.query(
    `insert into product_sales_channel (id, product_id, sales_channel_id) select 'bpsc_' || g, 'bprod_' || g, $1 from generate_series(1, ${N}) g`,
    [sales_channel_id]
  )
  const { rows: cats } = await db.query(
    `select id from product_category where deleted_at is null and parent_category_id is not null order by id`
  )
  await db.query(
    `insert into product_category_product (product_id, product_category_id) select 'bprod_' || g, ($1::text[])[1 + g % array_length($1::text[], 1)] from generate_series(1, ${N}) g`,
    [cats.map((c) => c.id)]
  )
  await db.query(
    `analyze product; analyze product_sales_channel; analyze product_category_product; analyze product_category`
  )
  console.log(
    `loaded ${N} products × ${PER} attributes of ${P} properties (${V} values) in ${((Date.now() - t0) / 1000).toFixed(1)} s; ${cats.length} categories`
  )

  async function median(url) {
    const times = []
    let last
    for (let i = 0; i < RUNS; i++) {
      const t = process.hrtime.bigint()
      const r = await fetch(`${srv.base}${url}`, { headers: { "x-publishable-api-key": srv.pk } })
      last = await r.json()
      if (!r.ok) throw new Error(`${url} → ${r.status} ${JSON.stringify(last).slice(0, 300)}`)
      times.push(Number(process.hrtime.bigint() - t) / 1e6)
    }
    times.sort((a, b) => a - b)
    return { ms: times[Math.floor(times.length / 2)], body: last }
  }
  const enc = encodeURIComponent
  const cat = cats[0].id
  const one = await median(
    `/store/b2b/catalog/products?attr[${enc("Свойство 1")}]=${enc("Значение 3")}`
  )
  bench("catalog_filter_1attr_ms", one.ms, "ms")
  console.log(`  matched ${one.body.count}`)
  const two = await median(
    `/store/b2b/catalog/products?attr[${enc("Свойство 1")}]=${enc("Значение 3")}|${enc("Значение 4")}&attr[${enc("Свойство 2")}]=${enc("Значение 5")}`
  )
  bench("catalog_filter_2attr_ms", two.ms, "ms")
  console.log(`  matched ${two.body.count}`)
  const inCat = await median(
    `/store/b2b/catalog/products?category_id=${cat}&attr[${enc("Свойство 1")}]=${enc("Значение 3")}`
  )
  bench("catalog_filter_category_ms", inCat.ms, "ms")
  const fCat = await median(`/store/b2b/catalog/facets?category_id=${cat}`)
  bench("catalog_facets_category_ms", fCat.ms, "ms")
  console.log(`  ${fCat.body.facets.length} attributes in facets of one category`)
  const fCatF = await median(
    `/store/b2b/catalog/facets?category_id=${cat}&attr[${enc("Свойство 1")}]=${enc("Значение 3")}`
  )
  bench("catalog_facets_category_filtered_ms", fCatF.ms, "ms")
  const fAll = await median(`/store/b2b/catalog/facets`)
  bench("catalog_facets_whole_catalog_ms", fAll.ms, "ms")
  const plain = await median(`/store/products?limit=24&fields=id,title,handle,thumbnail`)
  bench("medusa_store_products_ms", plain.ms, "ms")
  const plainCat = await median(
    `/store/products?limit=24&category_id=${cat}&fields=id,title,handle,thumbnail`
  )
  bench("medusa_store_products_category_ms", plainCat.ms, "ms")
} finally {
  await db.end()
  await srv.stop()
}
