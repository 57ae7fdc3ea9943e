// In-process engine benchmark: a 100k-product, 5-level catalog, a counterparty with 1,000 product
// rules and 200 category rules; compile time and resolution throughput on one core.
import { compilePricing, resolvePrices } from "../../src/modules/pricing-contract/engine/engine"
import type {
  CatalogIndex,
  PriceBook,
  PriceRuleInput,
} from "../../src/modules/pricing-contract/engine/types"

const PRODUCTS = Number(process.env.BENCH_PRODUCTS || 100_000)
let seed = 42
const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
const int = (n: number) => Math.floor(rnd() * n)

// 5 levels: 5 × 6 × 6 × 6 × 6 = 6,480 leaf categories
const ancestry = new Map<string, string[]>()
const leaves: string[] = []
function build(prefix: string, depth: number, parents: string[]) {
  const width = depth === 0 ? 5 : 6
  for (let i = 0; i < width; i++) {
    const id = `${prefix}${i}`
    const chain = [id, ...parents]
    ancestry.set(id, chain)
    if (depth === 4) leaves.push(id)
    else build(`${id}.`, depth + 1, chain)
  }
}
build("c", 0, [])
const allCats = [...ancestry.keys()]

const catalog: CatalogIndex = {
  variantProduct: new Map(),
  productCategories: new Map(),
  categoryAncestry: ancestry,
  productAttrs: new Map(),
}
const prices: PriceBook = new Map()
const variants: string[] = []
const manufacturers = ["IEK", "EKF", "ABB", "Legrand", "DKC", "Schneider", "Gauss"]
for (let p = 0; p < PRODUCTS; p++) {
  const pid = `p${p}`
  const cats = [leaves[int(leaves.length)]]
  if (p % 10 === 0) cats.push(leaves[int(leaves.length)])
  catalog.productCategories.set(pid, cats)
  catalog.productAttrs.set(pid, {
    manufacturer: manufacturers[p % manufacturers.length],
    line: `L${p % 50}`,
  })
  const vid = `v${p}`
  catalog.variantProduct.set(vid, pid)
  const baseAmount = 1000 + int(1_000_000)
  prices.set(
    vid,
    new Map([
      ["pt_base", baseAmount],
      ["pt_opt", Math.round(baseAmount * 0.9)],
      ["pt_big", Math.round(baseAmount * 0.82)],
    ])
  )
  variants.push(vid)
}

const rules: PriceRuleInput[] = []
for (let i = 0; i < 1000; i++) {
  rules.push({
    id: `pr${i}`,
    price_list_id: "pl",
    priority: 0,
    target_type: "product",
    target_id: `p${int(PRODUCTS)}`,
    kind: i % 3 === 0 ? "fixed" : "discount_percent",
    value: i % 3 === 0 ? "1234.50" : String(1 + (i % 20)),
    currency_code: "rub",
    min_quantity: i % 7 === 0 ? 10 : 1,
  })
}
for (let i = 0; i < 200; i++) {
  rules.push({
    id: `cr${i}`,
    price_list_id: "pl",
    priority: 0,
    target_type: "category",
    target_id: allCats[int(allCats.length)],
    kind: i % 2 ? "multiplier" : "discount_percent",
    value: i % 2 ? "0.95" : "7.5",
  })
}
const input = {
  legal_entity_id: "le",
  region_code: "central",
  agreement: { id: "agr", price_type_id: "pt_opt", currency_code: "rub" },
  base_price_type_id: "pt_base",
  price_types: [
    { id: "pt_base", currency_code: "rub" },
    { id: "pt_opt", currency_code: "rub" },
    { id: "pt_big", currency_code: "rub" },
  ],
  rules,
  mass_rules: [
    {
      id: "m",
      priority: 1,
      action: "markup_percent" as const,
      value: "3",
      manufacturer: "IEK",
      region_code: "central",
    },
  ],
  currency_code: "rub",
  rates: { eur: "100.5" },
  rate_date: "2026-11-24",
  base_currency: "rub",
}

// compile: median of 20
const compileMs: number[] = []
let compiled = compilePricing(input)
for (let i = 0; i < 20; i++) {
  const t = process.hrtime.bigint()
  compiled = compilePricing(input)
  compileMs.push(Number(process.hrtime.bigint() - t) / 1e6)
}
compileMs.sort((a, b) => a - b)

// resolve 10,000 variants; warm up, then median of 30 runs
const batch = Array.from({ length: 10_000 }, () => variants[int(variants.length)])
for (let i = 0; i < 5; i++) resolvePrices(compiled, catalog, prices, batch)
const runs: number[] = []
for (let i = 0; i < 30; i++) {
  const t = process.hrtime.bigint()
  resolvePrices(compiled, catalog, prices, batch, { quantity: 12 })
  runs.push(Number(process.hrtime.bigint() - t) / 1e6)
}
runs.sort((a, b) => a - b)
const median = runs[runs.length >> 1]
const sample = resolvePrices(compiled, catalog, prices, batch.slice(0, 2000))
const bySource: Record<string, number> = {}
for (const r of sample)
  bySource[r.provenance?.source ?? "none"] = (bySource[r.provenance?.source ?? "none"] ?? 0) + 1
console.log(
  `catalog: ${PRODUCTS} products, ${allCats.length} categories (5 levels), rules: 1000 product + 200 category; sources in a 2k sample: ${JSON.stringify(bySource)}`
)
console.log(`BENCH engine_compile ${compileMs[compileMs.length >> 1].toFixed(2)} ms`)
console.log(`BENCH engine_resolve_10k ${median.toFixed(2)} ms`)
console.log(`BENCH engine_throughput ${Math.round(10_000 / (median / 1000))} prices/s`)
