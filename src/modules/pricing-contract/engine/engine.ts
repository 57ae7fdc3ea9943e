import {
  applyFactor,
  convert,
  discountFactor,
  FACTOR_SCALE,
  formatScaled,
  markupFactor,
  parseScaled,
  PERCENT_SCALE,
  roundToStep,
} from "./fixed"
import type {
  CatalogIndex,
  CounterpartyPricingInput,
  MassRuleInput,
  PriceBook,
  PriceRuleInput,
  Provenance,
  ResolvedPrice,
  RuleKind,
} from "./types"

const MINOR = 2

type CRule = {
  id: string
  price_list_id: string
  priority: number
  kind: RuleKind
  raw: string
  /** fixed: minor units in `currency`; discount/multiplier: factor ×1e6 */
  value: number
  currency: string | null
  minQty: number
}

type CMass = {
  id: string
  priority: number
  hide: boolean
  factor: number
  match: (productId: string, catalog: CatalogIndex) => boolean
}

/** What the mass rules do to one product: memoised per compiled counterparty (the catalog is fixed). */
type MassEffect = { ids: string[]; factors: number[]; hide: boolean } | null

export type CompiledPricing = {
  legal_entity_id: string | null
  currency: string
  referenceTypes: { id: string; source: Provenance["source"] }[]
  agreement_id: string | null
  variantRules: Map<string, CRule[]>
  productRules: Map<string, CRule[]>
  categoryRules: Map<string, CRule[]>
  mass: CMass[]
  cartTotal: { threshold: number; currency: string; price_type_id: string; id: string }[]
  typeCurrency: Map<string, string>
  /** Price type → its amounts include VAT. */
  typeVat: Map<string, boolean>
  /** The base price type (its catalog-price fallback applies whatever the counterparty's type). */
  base_price_type_id: string
  rates: Map<string, number>
  rawRates: Record<string, string>
  rate_date: string
  rounding: number
  /** The compiled form is valid until this instant (next rule start or end), then must be rebuilt. */
  valid_until: number
  /** Lazily filled memo: product → effect of the mass rules. */
  massMemo: Map<string, MassEffect>
  /** Lazily filled memo: category → ancestors (nearest first) that carry rules, with their rules. */
  categoryMemo: Map<string, { category: string; rules: CRule[] }[]>
}

const time = (d: Date | string | null | undefined) => (d ? new Date(d).getTime() : null)

function activeAt(
  from: Date | string | null | undefined,
  to: Date | string | null | undefined,
  at: number
) {
  const f = time(from)
  const t = time(to)
  return (f === null || f <= at) && (t === null || at < t)
}

function nextBoundary(
  items: { valid_from?: Date | string | null; valid_to?: Date | string | null }[],
  at: number
) {
  let next = Infinity
  for (const i of items) {
    for (const b of [time(i.valid_from), time(i.valid_to)])
      if (b !== null && b > at && b < next) next = b
  }
  return next
}

function compileRule(r: PriceRuleInput): CRule {
  const what = `rule ${r.id}`
  let value: number
  if (r.kind === "fixed") value = parseScaled(r.value, MINOR, what)
  else if (r.kind === "discount_percent")
    value = discountFactor(parseScaled(r.value, PERCENT_SCALE, what))
  else value = parseScaled(r.value, 6, what)
  if (r.kind !== "fixed" && value < 0) throw new Error(`${what}: results in a negative price`)
  return {
    id: r.id,
    price_list_id: r.price_list_id,
    priority: r.priority ?? 0,
    kind: r.kind,
    raw: r.value,
    value,
    currency: r.kind === "fixed" ? (r.currency_code ?? null) : null,
    minQty: Math.max(1, r.min_quantity ?? 1),
  }
}

function push(map: Map<string, CRule[]>, key: string, rule: CRule) {
  const list = map.get(key)
  if (list) list.push(rule)
  else map.set(key, [rule])
}

const byPrecedence = (a: CRule, b: CRule) => b.priority - a.priority || b.minQty - a.minQty

function compileMass(m: MassRuleInput): CMass {
  const lc = (x?: string | null) => (x ? x.toLowerCase() : null)
  const want = { manufacturer: lc(m.manufacturer), line: lc(m.line) }
  const eq = (a: string | null, b?: string | null) => !a || (!!b && a === b.toLowerCase())
  const factor =
    m.action === "hide"
      ? FACTOR_SCALE
      : m.action === "markup_percent"
        ? markupFactor(parseScaled(m.value ?? "0", PERCENT_SCALE, `mass rule ${m.id}`))
        : discountFactor(parseScaled(m.value ?? "0", PERCENT_SCALE, `mass rule ${m.id}`))
  return {
    id: m.id,
    priority: m.priority ?? 0,
    hide: m.action === "hide",
    factor,
    match: (productId: string, catalog: CatalogIndex) => {
      const attrs = catalog.productAttrs.get(productId)
      if (!eq(want.manufacturer, attrs?.manufacturer)) return false
      if (!eq(want.line, attrs?.line)) return false
      if (m.tag && !(attrs?.tags ?? []).some((t) => t.toLowerCase() === m.tag!.toLowerCase()))
        return false
      if (m.category_id) {
        const cats = catalog.productCategories.get(productId) ?? []
        if (!cats.some((c) => (catalog.categoryAncestry.get(c) ?? [c]).includes(m.category_id!)))
          return false
      }
      return true
    },
  }
}

/**
 * Compiles a counterparty's agreements, price lists, mass rules and rates into lookup maps. The
 * catalog is not captured: it is passed to resolvePrices, so a compiled form can be cached and
 * used with any (partial) catalog index; memos assume the catalog does not change meanwhile.
 * Rules outside their validity dates are left out; `valid_until` says when that changes.
 */
export function compilePricing(input: CounterpartyPricingInput): CompiledPricing {
  const at = (input.at ?? new Date()).getTime()
  const variantRules = new Map<string, CRule[]>()
  const productRules = new Map<string, CRule[]>()
  const categoryRules = new Map<string, CRule[]>()
  for (const r of input.rules) {
    if (!activeAt(r.valid_from, r.valid_to, at)) continue
    const c = compileRule(r)
    push(
      r.target_type === "variant"
        ? variantRules
        : r.target_type === "product"
          ? productRules
          : categoryRules,
      r.target_id,
      c
    )
  }
  for (const m of [variantRules, productRules, categoryRules])
    for (const list of m.values()) list.sort(byPrecedence)

  const mass = input.mass_rules
    .filter((m) => activeAt(m.valid_from, m.valid_to, at))
    .filter((m) => !m.region_code || m.region_code === input.region_code)
    .filter((m) => !m.legal_entity_id || m.legal_entity_id === input.legal_entity_id)
    .map((m) => compileMass(m))
    .sort((a, b) => a.priority - b.priority)

  const referenceTypes: CompiledPricing["referenceTypes"] = []
  if (input.agreement)
    referenceTypes.push({ id: input.agreement.price_type_id, source: "agreement_price_type" })
  else if (input.regional_price_type_id)
    referenceTypes.push({ id: input.regional_price_type_id, source: "regional_price_type" })
  if (!referenceTypes.some((t) => t.id === input.base_price_type_id))
    referenceTypes.push({ id: input.base_price_type_id, source: "base_price" })

  const rates = new Map<string, number>()
  for (const [cur, r] of Object.entries(input.rates))
    rates.set(cur.toLowerCase(), parseScaled(r, 6, `exchange rate ${cur}`))
  rates.set(input.base_currency.toLowerCase(), FACTOR_SCALE)

  return {
    legal_entity_id: input.legal_entity_id,
    currency: (input.agreement?.currency_code ?? input.currency_code).toLowerCase(),
    referenceTypes,
    agreement_id: input.agreement?.id ?? null,
    variantRules,
    productRules,
    categoryRules,
    mass,
    cartTotal: (input.cart_total_rules ?? [])
      .map((c) => ({
        id: c.id,
        threshold: parseScaled(c.threshold, MINOR, `cart total rule ${c.id}`),
        currency: c.currency_code.toLowerCase(),
        price_type_id: c.price_type_id,
      }))
      .sort((a, b) => b.threshold - a.threshold),
    typeCurrency: new Map(input.price_types.map((t) => [t.id, t.currency_code.toLowerCase()])),
    typeVat: new Map(input.price_types.map((t) => [t.id, t.vat_included !== false])),
    base_price_type_id: input.base_price_type_id,
    rates,
    rawRates: { ...input.rates, [input.base_currency.toLowerCase()]: "1" },
    rate_date: input.rate_date,
    rounding: Math.max(1, input.rounding_step ?? 1),
    valid_until: Math.min(nextBoundary(input.rules, at), nextBoundary(input.mass_rules, at)),
    massMemo: new Map(),
    categoryMemo: new Map(),
  }
}

function massEffect(c: CompiledPricing, catalog: CatalogIndex, productId: string): MassEffect {
  let e = c.massMemo.get(productId)
  if (e !== undefined) return e
  e = null
  for (const m of c.mass) {
    if (!m.match(productId, catalog)) continue
    e ??= { ids: [], factors: [], hide: false }
    e.ids.push(m.id)
    if (m.hide) e.hide = true
    else e.factors.push(m.factor)
  }
  c.massMemo.set(productId, e)
  return e
}

function categoryChain(c: CompiledPricing, catalog: CatalogIndex, category: string) {
  let chain = c.categoryMemo.get(category)
  if (chain) return chain
  chain = []
  for (const anc of catalog.categoryAncestry.get(category) ?? [category]) {
    const rules = c.categoryRules.get(anc)
    if (rules) chain.push({ category: anc, rules })
  }
  c.categoryMemo.set(category, chain)
  return chain
}

function ruleAmount(
  c: CompiledPricing,
  r: CRule,
  refAmount: number | null,
  refCurrency: string
): [number | null, string] {
  if (r.kind === "fixed") return [r.value, (r.currency ?? c.currency).toLowerCase()]
  if (refAmount === null) return [null, refCurrency]
  return [applyFactor(refAmount, r.value), refCurrency]
}

export class MissingRateError extends Error {
  constructor(
    public currency: string,
    public date: string
  ) {
    super(
      `No exchange rate for ${currency.toUpperCase()} on ${date}: enter or import the rate of the banking day`
    )
  }
}

function toTarget(c: CompiledPricing, amount: number, from: string, prov: Provenance): number {
  if (from === c.currency) return amount
  const rf = c.rates.get(from)
  const rt = c.rates.get(c.currency)
  if (rf === undefined) throw new MissingRateError(from, c.rate_date)
  if (rt === undefined) throw new MissingRateError(c.currency, c.rate_date)
  prov.rate = {
    from,
    to: c.currency,
    from_rate: c.rawRates[from] ?? String(rf),
    to_rate: c.rawRates[c.currency] ?? String(rt),
    date: c.rate_date,
  }
  return convert(amount, rf, rt, MINOR, MINOR)
}

function pick(list: CRule[] | undefined, qty: number): CRule | undefined {
  if (!list) return undefined
  for (const r of list) if (r.minQty <= qty) return r
  return undefined
}

export type ResolveOptions = {
  /** Quantity per variant (base units); default 1. */
  quantity?: number | Map<string, number>
  /** Current cart total in the target currency (minor units): may switch the price type. */
  cart_total_minor?: number
}

/**
 * Resolves prices for many variants at once. Order: variant rule → product rule → nearest category
 * rule (several categories: the lowest resulting price) → agreement (or cart-total) price type →
 * regional price type → base price type; then mass rules; then currency conversion at the banking
 * day's rate; then rounding. Every result carries its provenance.
 */
export function resolvePrices(
  c: CompiledPricing,
  catalog: CatalogIndex,
  prices: PriceBook,
  variantIds: string[],
  opts: ResolveOptions = {}
): ResolvedPrice[] {
  let refTypes = c.referenceTypes
  if (opts.cart_total_minor !== undefined && c.cartTotal.length) {
    const hit = c.cartTotal.find((t) => {
      const total = t.currency === c.currency ? opts.cart_total_minor! : null
      return total !== null ? total >= t.threshold : false
    })
    if (hit)
      refTypes = [
        { id: hit.price_type_id, source: "cart_total_price_type" },
        ...refTypes.filter((t) => t.id !== hit.price_type_id),
      ]
  }
  const qtyMap = opts.quantity instanceof Map ? opts.quantity : null
  const qtyAll = typeof opts.quantity === "number" ? opts.quantity : 1
  const out: ResolvedPrice[] = new Array(variantIds.length)

  for (let i = 0; i < variantIds.length; i++) {
    const vid = variantIds[i]
    const pid = catalog.variantProduct.get(vid)
    const qty = qtyMap ? (qtyMap.get(vid) ?? 1) : qtyAll
    const row = prices.get(vid)

    // reference price: first price type of the chain that has a price for this variant
    let refAmount: number | null = null
    let refType: (typeof refTypes)[number] | null = null
    if (row) {
      for (const t of refTypes) {
        const a = row.get(t.id)
        if (a !== undefined) {
          refAmount = a
          refType = t
          break
        }
      }
    }
    const refCurrency = refType ? (c.typeCurrency.get(refType.id) ?? c.currency) : c.currency

    // most specific rule
    let rule = pick(c.variantRules.get(vid), qty)
    let source: Provenance["source"] | null = rule ? "variant_rule" : null
    let ruleCategory: string | undefined
    if (!rule && pid) {
      rule = pick(c.productRules.get(pid), qty)
      if (rule) source = "product_rule"
    }
    let candidates: { rule: CRule; category: string }[] | null = null
    if (!rule && pid && c.categoryRules.size) {
      const cats = catalog.productCategories.get(pid)
      if (cats) {
        for (let k = 0; k < cats.length; k++) {
          const chain = categoryChain(c, catalog, cats[k])
          for (let j = 0; j < chain.length; j++) {
            const r = pick(chain[j].rules, qty)
            if (r) {
              ;(candidates ??= []).push({ rule: r, category: chain[j].category })
              break // nearest rule on this branch
            }
          }
        }
      }
    }

    // one object shape for every result (undefined fields vanish in JSON): keeps the loop monomorphic
    const prov: Provenance = {
      source: "base_price",
      rule_id: undefined,
      price_list_id: undefined,
      category_id: undefined,
      kind: undefined,
      rule_value: undefined,
      min_quantity: undefined,
      price_type_id: undefined,
      agreement_id: undefined,
      reference_amount: undefined,
      mass_rule_ids: undefined,
      rate: undefined,
      rounding_step: undefined,
      vat_included: undefined,
    }
    let amount: number | null = null
    let amountCurrency = c.currency

    if (rule) {
      ;[amount, amountCurrency] = ruleAmount(c, rule, refAmount, refCurrency)
    } else if (candidates) {
      // several categories: the most favourable (lowest) price wins, compared in the target currency
      let best: {
        amount: number
        currency: string
        target: number
        rule: CRule
        category: string
      } | null = null
      for (const cand of candidates) {
        const [a, cur] = ruleAmount(c, cand.rule, refAmount, refCurrency)
        if (a === null) continue
        const target = candidates.length === 1 ? a : toTarget(c, a, cur, {} as Provenance)
        if (!best || target < best.target)
          best = { amount: a, currency: cur, target, rule: cand.rule, category: cand.category }
      }
      if (best) {
        rule = best.rule
        ruleCategory = best.category
        source = "category_rule"
        amount = best.amount
        amountCurrency = best.currency
      }
    }
    if (rule && amount !== null) {
      prov.source = source!
      prov.rule_id = rule.id
      prov.price_list_id = rule.price_list_id
      prov.kind = rule.kind
      prov.rule_value = rule.raw
      prov.min_quantity = rule.minQty
      if (ruleCategory) prov.category_id = ruleCategory
      if (rule.kind !== "fixed" && refType) {
        prov.price_type_id = refType.id
        prov.reference_amount = formatScaled(refAmount!, MINOR)
      }
    } else if (refType && refAmount !== null) {
      prov.source = refType.source
      prov.price_type_id = refType.id
      amount = refAmount
      amountCurrency = refCurrency
    }
    if (c.agreement_id) prov.agreement_id = c.agreement_id
    // VAT treatment: the price type the price was taken from or computed over; a fixed rule with no
    // reference price is in the terms of the counterparty's own (first) price type
    const vatType = refType?.id ?? refTypes[0]?.id
    prov.vat_included = vatType === undefined ? true : c.typeVat.get(vatType) !== false

    if (amount === null) {
      out[i] = {
        variant_id: vid,
        amount: null,
        amount_minor: null,
        currency_code: c.currency,
        hidden: false,
        provenance: null,
      }
      continue
    }

    // mass rules on top
    let hidden = false
    if (pid && c.mass.length) {
      const e = massEffect(c, catalog, pid)
      if (e) {
        prov.mass_rule_ids = e.ids
        hidden = e.hide
        for (let k = 0; k < e.factors.length; k++) amount = applyFactor(amount, e.factors[k])
      }
    }
    amount = toTarget(c, amount, amountCurrency, prov)
    if (c.rounding > 1) {
      amount = roundToStep(amount, c.rounding)
      prov.rounding_step = formatScaled(c.rounding, MINOR)
    }
    out[i] = hidden
      ? {
          variant_id: vid,
          amount: null,
          amount_minor: null,
          currency_code: c.currency,
          hidden: true,
          provenance: prov,
        }
      : {
          variant_id: vid,
          amount: formatScaled(amount, MINOR),
          amount_minor: amount,
          currency_code: c.currency,
          hidden: false,
          provenance: prov,
        }
  }
  return out
}
