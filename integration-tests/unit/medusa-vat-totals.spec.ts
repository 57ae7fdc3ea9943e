import { decorateCartTotals, MathBN } from "@medusajs/framework/utils"
import { lineMoney } from "../../src/modules/documents"
import { grossUpPlan, medusaTotals } from "../../src/workflows/common/utils/money"

/**
 * Issue 16, gap 2: why Medusa's own `total` of a VAT-exclusive cart is not the portal's gross, measured on
 * Medusa's own totals code (decorateCartTotals, what carts and orders use) with the 100 lines of
 * pricing-vat.spec (awkward prices such as 33.33 × 3, VAT 22 / 10 / 0 %).
 *
 * - VAT-exclusive line: Medusa's total = price × quantity × (1 + r/100), VAT unrounded; the portal (and every
 *   Russian document) rounds VAT per line to the kopeck. Per line they differ by up to half a kopeck.
 * - So the portal carries a VAT-exclusive line "grossed up" (lib/money grossUpPlan): tax-inclusive at gross /
 *   quantity, the contract net in metadata. Medusa's `total` is then the portal's gross to the kopeck for every
 *   quantity, though not exactly in Medusa's raw decimals when the quantity has factors other than 2 and 5
 *   (12.35 / 3 = 4.1166…67): a residue of 1e-20, as VAT-inclusive lines already have.
 */
const RATES = [22, 10, 0]
const N = 100
const priceKop = (i: number) => (i === 0 ? 3333n : BigInt(1001 + ((i * 7919) % 50000)))
const qtyOf = (i: number) => (i === 0 ? 3 : 1 + ((i * 3) % 7))
const rateOf = (i: number) => RATES[i % 3]
const rub = (k: bigint) => `${k / 100n}.${String(k % 100n).padStart(2, "0")}`

function portal(included: boolean) {
  let gross = 0
  const lines = Array.from({ length: N }, (_, i) => {
    const m = lineMoney({ unit_price: rub(priceKop(i)), quantity: qtyOf(i), vat_rate: rateOf(i), vat_included: included })
    gross += m.gross
    return m
  })
  return { gross, lines }
}

const cart = (items: { unit_price: string; quantity: number; is_tax_inclusive: boolean; rate: number }[]) =>
  decorateCartTotals({
    currency_code: "rub",
    items: items.map((x, i) => ({ id: `li_${i}`, unit_price: x.unit_price, quantity: x.quantity, is_tax_inclusive: x.is_tax_inclusive, tax_lines: [{ rate: x.rate }] })) as any,
    shipping_methods: [],
  } as any) as any

describe("Medusa's own total vs the portal's per-line rounded gross (VAT-exclusive lines)", () => {
  it("VAT-inclusive lines: Medusa's total is the portal's gross", () => {
    const want = portal(true)
    const t = cart(Array.from({ length: N }, (_, i) => ({ unit_price: rub(priceKop(i)), quantity: qtyOf(i), is_tax_inclusive: true, rate: rateOf(i) })))
    expect(Number(t.total).toFixed(2)).toBe(rub(BigInt(want.gross)))
  })

  it("VAT-exclusive lines left exclusive: Medusa keeps VAT unrounded, 0.58 kopeck over 100 lines, up to 0.5 per line", () => {
    const want = portal(false)
    expect(rub(BigInt(want.gross))).toBe("114994.52")
    const t = cart(Array.from({ length: N }, (_, i) => ({ unit_price: rub(priceKop(i)), quantity: qtyOf(i), is_tax_inclusive: false, rate: rateOf(i) })))
    expect(MathBN.convert(t.raw_total ?? t.total).toFixed(4)).toBe("114994.5258")
    // line 6: 485.15 × 5 = 2425.75 at 22 %: VAT 533.665 unrounded in Medusa, 533.67 on an invoice (half a kopeck)
    expect(Number(t.items[6].total).toFixed(3)).toBe("2959.415")
    expect(rub(BigInt(want.lines[6].gross))).toBe("2959.42")
    const perLine = t.items.map((it: any, i: number) => Math.abs(Number(it.total) * 100 - want.lines[i].gross))
    expect(Math.max(...perLine)).toBeLessThanOrEqual(0.5 + 1e-9)
    expect(perLine.filter((d: number) => d > 1e-9).length).toBeGreaterThan(30)
  })

  it("gross-up (tax-inclusive at gross / quantity): Medusa's total equals the portal's gross to the kopeck; raw decimals keep a 1e-20 residue", () => {
    const want = portal(false)
    const items = Array.from({ length: N }, (_, i) => ({
      unit_price: MathBN.div(rub(BigInt(want.lines[i].gross)), qtyOf(i)).toString(),
      quantity: qtyOf(i),
      is_tax_inclusive: true,
      rate: rateOf(i),
    }))
    const t = cart(items)
    expect(Number(t.total).toFixed(2)).toBe("114994.52")
    expect(Number(t.total)).toBe(114994.52)
    // every line's total, as Medusa stores it (20 significant digits), is the portal's line gross
    t.items.forEach((it: any, i: number) => expect(Number(it.total).toFixed(2)).toBe(rub(BigInt(want.lines[i].gross))))
    // not exact in raw decimals where gross / quantity does not terminate: 12.35 over 3 pieces
    expect(MathBN.div("12.35", 3).toString()).toBe("4.11666666666666666667")
    // and Medusa's own subtotal / tax_total are then gross / (1 + r) and its VAT, not the contract net and rounded VAT
    expect(Number(t.subtotal).toFixed(2)).not.toBe(rub(BigInt(want.lines.reduce((s, l) => s + l.net, 0))))
  })

  it("grossUpPlan: Medusa's total of the grossed-up lines is the portal's gross; the portal's figures stay the contract's", () => {
    const lines = Array.from({ length: N }, (_, i) => ({
      id: `li_${i}`,
      unit_price: rub(priceKop(i)),
      quantity: qtyOf(i),
      is_tax_inclusive: false,
      tax_lines: [{ rate: rateOf(i) }],
      metadata: { b2b_price: { amount: rub(priceKop(i)) } } as Record<string, unknown>,
    }))
    const before = medusaTotals({ items: lines })
    const plan = grossUpPlan(lines)
    expect(plan).toHaveLength(67) // the lines at 22 and 10 %; 0 % lines are exact as they are
    const byId = new Map(plan.map((u) => [u.id, u]))
    const after = lines.map((l) => ({ ...l, ...(byId.get(l.id) ?? {}) }))
    // 20 significant digits, as Medusa's BigNumber keeps them
    expect(after[0]).toEqual(expect.objectContaining({ unit_price: "40.663333333333333333", is_tax_inclusive: true }))
    expect(after[0].metadata).toEqual({ b2b_price: { amount: "33.33" }, b2b_gross_up: { net_unit_price: "33.33" } })
    const t = cart(after.map((l) => ({ unit_price: l.unit_price, quantity: l.quantity, is_tax_inclusive: l.is_tax_inclusive, rate: l.tax_lines[0].rate })))
    expect(Number(t.total).toFixed(2)).toBe("114994.52")
    // the portal reads the contract's terms back: the same net / VAT / gross, VAT on top, the net unit price
    const portalAfter = medusaTotals({ items: after })
    expect([portalAfter.net, portalAfter.vat, portalAfter.gross, portalAfter.vat_included]).toEqual([before.net, before.vat, before.gross, false])
    expect(portalAfter.gross).toBe("114994.52")
    expect(portalAfter.lines[0].unit_price).toBe("33.33")
    // idempotent; a new quantity grosses up again; VAT gone (0 %) → back to the net price, exclusive
    expect(grossUpPlan(after)).toEqual([])
    const [requantified] = grossUpPlan([{ ...after[0], quantity: 4 }])
    expect(requantified.unit_price).toBe("40.6625") // 4 × 33.33 = 133.32 + VAT 29.33 = 162.65, / 4
    const [reverted] = grossUpPlan([{ ...after[0], tax_lines: [{ rate: 0 }] }])
    expect(reverted).toEqual({ id: "li_0", unit_price: "33.33", is_tax_inclusive: false, metadata: { b2b_price: { amount: "33.33" }, b2b_gross_up: null } })
  })
})
