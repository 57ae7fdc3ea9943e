import { compilePricing, MissingRateError, resolvePrices } from "../engine/engine"
import { applyFactor, convert, formatScaled, parseScaled, roundToStep } from "../engine/fixed"
import type {
  CatalogIndex,
  CounterpartyPricingInput,
  PriceBook,
  PriceRuleInput,
} from "../engine/types"

// Catalog: root > cable > power-cable ; root > lighting. p1 in power-cable, p2 in lighting, p3 in both.
const catalog: CatalogIndex = {
  variantProduct: new Map([
    ["v1", "p1"],
    ["v1b", "p1"],
    ["v2", "p2"],
    ["v3", "p3"],
    ["v4", "p4"],
  ]),
  productCategories: new Map([
    ["p1", ["power"]],
    ["p2", ["light"]],
    ["p3", ["power", "light"]],
    ["p4", ["root"]],
  ]),
  categoryAncestry: new Map([
    ["root", ["root"]],
    ["cable", ["cable", "root"]],
    ["power", ["power", "cable", "root"]],
    ["light", ["light", "root"]],
  ]),
  productAttrs: new Map([
    ["p1", { manufacturer: "IEK", line: "ВА47", tags: ["хит"] }],
    ["p2", { manufacturer: "Gauss", line: "LED", tags: [] }],
    ["p3", { manufacturer: "IEK", line: "Kabel" }],
    ["p4", { manufacturer: "ABB", line: "S200" }],
  ]),
}
// Price types: base (RUB), wholesale (RUB), dealer (EUR)
const prices: PriceBook = new Map([
  [
    "v1",
    new Map([
      ["pt_base", 100000],
      ["pt_opt", 90000],
      ["pt_eur", 1000],
    ]),
  ],
  ["v1b", new Map([["pt_base", 50000]])],
  [
    "v2",
    new Map([
      ["pt_base", 20000],
      ["pt_opt", 18000],
    ]),
  ],
  [
    "v3",
    new Map([
      ["pt_base", 30000],
      ["pt_opt", 27000],
    ]),
  ],
  ["v4", new Map([["pt_base", 12345]])],
])

const base = (over: Partial<CounterpartyPricingInput> = {}): CounterpartyPricingInput => ({
  legal_entity_id: "le1",
  region_code: "central",
  agreement: { id: "agr1", price_type_id: "pt_opt", currency_code: "rub" },
  base_price_type_id: "pt_base",
  price_types: [
    { id: "pt_base", currency_code: "rub" },
    { id: "pt_opt", currency_code: "rub" },
    { id: "pt_eur", currency_code: "eur" },
  ],
  rules: [],
  mass_rules: [],
  currency_code: "rub",
  rates: { eur: "100.5", usd: "90" },
  rate_date: "2026-11-24",
  base_currency: "rub",
  at: new Date("2026-11-24T10:00:00Z"),
  ...over,
})

const rule = (
  r: Partial<PriceRuleInput> & Pick<PriceRuleInput, "target_type" | "target_id" | "kind" | "value">
): PriceRuleInput => ({
  id: `${r.target_type}-${r.target_id}-${r.kind}-${r.value}`,
  price_list_id: "pl1",
  priority: 0,
  ...r,
})

const one = (input: CounterpartyPricingInput, v: string, opts = {}) =>
  resolvePrices(compilePricing(input), catalog, prices, [v], opts)[0]

describe("fixed-point money", () => {
  it("parses and formats decimals exactly", () => {
    expect(parseScaled("1234.56", 2)).toBe(123456)
    expect(parseScaled("1 234,5", 2)).toBe(123450)
    expect(parseScaled("0.005", 2)).toBe(1) // half-up
    expect(parseScaled("-3", 2)).toBe(-300)
    expect(() => parseScaled("12a", 2)).toThrow(/not a decimal/)
    expect(formatScaled(123456, 2)).toBe("1234.56")
    expect(formatScaled(5, 2)).toBe("0.05")
    expect(formatScaled(-5, 2)).toBe("-0.05")
  })
  it("applies factors, converts and rounds without floating-point drift", () => {
    // 0.1 + 0.2 style traps: 19.99 × 3 % discount = 19.3903 → 19.39
    expect(applyFactor(1999, 970000)).toBe(1939)
    expect(applyFactor(1005, 500000)).toBe(503) // 5.025 → 5.03 half-up
    expect(applyFactor(9_000_000_000_000, 1_100_000)).toBe(9_900_000_000_000) // BigInt path
    expect(convert(1000, 100_500_000, 1_000_000)).toBe(100500) // 10 EUR → 1005 RUB
    expect(convert(100500, 1_000_000, 100_500_000)).toBe(1000)
    expect(roundToStep(12345, 100)).toBe(12300)
    expect(roundToStep(12350, 100)).toBe(12400)
    expect(roundToStep(12345, 1)).toBe(12345)
  })
})

describe("precedence", () => {
  const rules = [
    rule({
      target_type: "variant",
      target_id: "v1",
      kind: "fixed",
      value: "777",
      currency_code: "rub",
    }),
    rule({ target_type: "product", target_id: "p1", kind: "discount_percent", value: "10" }),
    rule({ target_type: "category", target_id: "cable", kind: "discount_percent", value: "20" }),
    rule({ target_type: "category", target_id: "root", kind: "multiplier", value: "0.5" }),
  ]
  it("variant rule beats product rule", () => {
    const r = one(base({ rules }), "v1")
    expect(r.amount).toBe("777.00")
    expect(r.provenance).toEqual(expect.objectContaining({ source: "variant_rule", kind: "fixed" }))
  })
  it("product rule beats category rule and applies to the agreement's price type", () => {
    const r = one(base({ rules }), "v1b")
    // v1b has no wholesale price: the reference falls back to the base price 500.00, −10 %
    expect(r.amount).toBe("450.00")
    expect(r.provenance).toEqual(
      expect.objectContaining({
        source: "product_rule",
        price_type_id: "pt_base",
        reference_amount: "500.00",
      })
    )
  })
  it("nearest category rule wins over an ancestor's", () => {
    const r = one(base({ rules: rules.slice(2) }), "v1")
    expect(r.amount).toBe("720.00") // wholesale 900 − 20 % (cable is nearer than root)
    expect(r.provenance).toEqual(
      expect.objectContaining({ source: "category_rule", category_id: "cable" })
    )
  })
  it("several categories: the most favourable price wins", () => {
    const r = one(
      base({
        rules: [
          rule({
            target_type: "category",
            target_id: "power",
            kind: "discount_percent",
            value: "5",
          }),
          rule({
            target_type: "category",
            target_id: "light",
            kind: "discount_percent",
            value: "15",
          }),
        ],
      }),
      "v3"
    )
    expect(r.amount).toBe("229.50") // 270 − 15 %
    expect(r.provenance?.category_id).toBe("light")
  })
  it("no rule: agreement price type, then regional, then base", () => {
    expect(one(base(), "v2").provenance).toEqual(
      expect.objectContaining({ source: "agreement_price_type", price_type_id: "pt_opt" })
    )
    expect(one(base(), "v2").amount).toBe("180.00")
    expect(one(base(), "v4").provenance?.source).toBe("base_price") // no wholesale price for v4
    const noAgreement = base({ agreement: null, regional_price_type_id: "pt_opt" })
    expect(one(noAgreement, "v2").provenance?.source).toBe("regional_price_type")
    expect(one(base({ agreement: null }), "v2")).toEqual(
      expect.objectContaining({ amount: "200.00" })
    )
  })
  it("higher-priority price list wins at the same level", () => {
    const r = one(
      base({
        rules: [
          rule({
            id: "low",
            target_type: "product",
            target_id: "p2",
            kind: "discount_percent",
            value: "50",
            priority: 1,
          }),
          rule({
            id: "high",
            target_type: "product",
            target_id: "p2",
            kind: "discount_percent",
            value: "10",
            priority: 5,
          }),
        ],
      }),
      "v2"
    )
    expect(r.provenance?.rule_id).toBe("high")
  })
  it("a variant without any price has none (never 0)", () => {
    const r = resolvePrices(compilePricing(base()), catalog, prices, ["unknown"])[0]
    expect(r.amount).toBeNull()
  })
})

describe("validity, quantity breaks, mass rules, cart total", () => {
  it("ignores rules outside their dates and says when the compiled form expires", () => {
    const rules = [
      rule({
        target_type: "product",
        target_id: "p2",
        kind: "fixed",
        value: "1",
        valid_from: "2026-12-01T00:00:00Z",
      }),
      rule({
        target_type: "product",
        target_id: "p2",
        kind: "fixed",
        value: "2",
        valid_to: "2026-11-01T00:00:00Z",
      }),
    ]
    const c = compilePricing(base({ rules }))
    expect(resolvePrices(c, catalog, prices, ["v2"])[0].amount).toBe("180.00")
    expect(c.valid_until).toBe(new Date("2026-12-01T00:00:00Z").getTime())
    expect(one(base({ rules, at: new Date("2026-12-02") }), "v2").amount).toBe("1.00")
  })
  it("quantity breaks: the largest break not above the quantity", () => {
    const rules = [1, 10, 100].map((q, i) =>
      rule({
        id: `b${q}`,
        target_type: "product",
        target_id: "p2",
        kind: "discount_percent",
        value: String(i * 5),
        min_quantity: q,
      })
    )
    const input = base({ rules })
    expect(one(input, "v2", { quantity: 1 }).amount).toBe("180.00")
    expect(one(input, "v2", { quantity: 10 }).amount).toBe("171.00")
    expect(one(input, "v2", { quantity: 99 }).amount).toBe("171.00")
    expect(one(input, "v2", { quantity: 500 }).amount).toBe("162.00")
  })
  it("mass rules: markup by manufacturer in a region, hide a line, on top of rules", () => {
    const mass = [
      {
        id: "m1",
        priority: 1,
        action: "markup_percent" as const,
        value: "3",
        manufacturer: "iek",
        region_code: "central",
      },
      { id: "m2", priority: 2, action: "hide" as const, line: "LED" },
      {
        id: "m3",
        priority: 3,
        action: "discount_percent" as const,
        value: "10",
        category_id: "cable",
        region_code: "northwest",
      },
    ]
    const r = one(base({ mass_rules: mass }), "v1")
    expect(r.amount).toBe("927.00") // 900 + 3 %
    expect(r.provenance?.mass_rule_ids).toEqual(["m1"])
    expect(one(base({ mass_rules: mass }), "v2")).toEqual(
      expect.objectContaining({ hidden: true, amount: null })
    )
    const nw = one(base({ mass_rules: mass, region_code: "northwest" }), "v1")
    expect(nw.amount).toBe("810.00") // not IEK's central markup; the cable discount instead
  })
  it("cart-total rule switches the price type above a threshold", () => {
    const input = base({
      agreement: null,
      cart_total_rules: [
        { id: "ct", threshold: "50000", currency_code: "rub", price_type_id: "pt_opt" },
      ],
    })
    expect(one(input, "v2", { cart_total_minor: 4_999_999 }).amount).toBe("200.00")
    const big = one(input, "v2", { cart_total_minor: 5_000_000 })
    expect(big.amount).toBe("180.00")
    expect(big.provenance?.source).toBe("cart_total_price_type")
  })
})

describe("currency and rounding", () => {
  it("converts at the banking day's rate and records it", () => {
    const r = one(
      base({ agreement: { id: "agr-eur", price_type_id: "pt_eur", currency_code: "rub" } }),
      "v1"
    )
    expect(r.amount).toBe("1005.00") // 10.00 EUR × 100.5
    expect(r.provenance?.rate).toEqual(
      expect.objectContaining({ from: "eur", to: "rub", from_rate: "100.5", date: "2026-11-24" })
    )
    const usd = one(
      base({ agreement: { id: "agr-usd", price_type_id: "pt_opt", currency_code: "usd" } }),
      "v2"
    )
    expect(usd.amount).toBe("2.00") // 180 RUB / 90
    expect(usd.currency_code).toBe("usd")
  })
  it("a missing rate is an error, never 1:1", () => {
    expect(() =>
      one(
        base({ rates: {}, agreement: { id: "a", price_type_id: "pt_eur", currency_code: "rub" } }),
        "v1"
      )
    ).toThrow(MissingRateError)
  })
  it("rounds to the configured step after everything else", () => {
    const r = one(
      base({
        rounding_step: 100,
        rules: [
          rule({ target_type: "product", target_id: "p4", kind: "discount_percent", value: "7" }),
        ],
      }),
      "v4"
    )
    expect(r.amount).toBe("115.00") // 123.45 − 7 % = 114.81 → 115
  })
})

describe("VAT terms of a price (issue 16)", () => {
  const types = [
    { id: "pt_base", currency_code: "rub", vat_included: true },
    { id: "pt_opt", currency_code: "rub", vat_included: false },
    { id: "pt_eur", currency_code: "eur" },
  ]
  const vat = (over: Partial<CounterpartyPricingInput>, ids = ["v1", "v4"]) =>
    resolvePrices(compilePricing(base({ price_types: types, ...over })), catalog, prices, ids).map(
      (r) => r.provenance?.vat_included
    )

  it("carries the flag of the price type the price comes from; a missing flag means VAT included", () => {
    // v1 from the VAT-exclusive agreement type, v4 has no wholesale price and falls to the VAT-inclusive base
    expect(vat({})).toEqual([false, true])
    expect(vat({ agreement: null })).toEqual([true, true])
    expect(
      vat({ agreement: { id: "a", price_type_id: "pt_eur", currency_code: "rub" } }, ["v1"])
    ).toEqual([true])
  })

  it("a rule over a price type takes that type's terms; a fixed rule without a reference price the counterparty's own type's", () => {
    const rule = (
      kind: "fixed" | "discount_percent",
      target_id: string,
      value: string
    ): PriceRuleInput => ({
      id: `r-${target_id}`,
      price_list_id: "pl",
      priority: 0,
      target_type: "variant",
      target_id,
      kind,
      value,
    })
    expect(
      vat({ rules: [rule("discount_percent", "v1", "5"), rule("discount_percent", "v4", "5")] })
    ).toEqual([false, true])
    const none: PriceBook = new Map()
    const out = resolvePrices(
      compilePricing(base({ price_types: types, rules: [rule("fixed", "v1", "10")] })),
      catalog,
      none,
      ["v1"]
    )
    expect(out[0].amount).toBe("10.00")
    expect(out[0].provenance?.vat_included).toBe(false)
  })

  it("keeps the base type for the catalog-price fallback whatever the counterparty's type is", () => {
    expect(
      compilePricing(base({ agreement: null, regional_price_type_id: "pt_base" }))
        .base_price_type_id
    ).toBe("pt_base")
    expect(
      compilePricing(base({ agreement: null, regional_price_type_id: "pt_base" })).referenceTypes
    ).toEqual([{ id: "pt_base", source: "regional_price_type" }])
  })
})
