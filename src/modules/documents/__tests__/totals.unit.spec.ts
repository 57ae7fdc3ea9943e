import { actClosingText, actTotals, invoiceTotals, parseVatRate } from "../lib/totals"

const NNBSP = "\u202F"

describe("invoiceTotals", () => {
  it("extracts VAT included in the price: vat = amount × rate / (100 + rate)", () => {
    const t = invoiceTotals([
      { quantity: "3", price: "100.00", vat_rate: "22", prices_include_vat: true },
    ])
    expect(t.lines[0]).toMatchObject({
      amount: "300.00",
      vat_amount: "54.10", // 300 × 22 / 122 = 54.0983…
      net_amount: "245.90",
      total_amount: "300.00",
      price_net: "81.97", // 245.90 / 3 = 81.966…
    })
    expect(t).toMatchObject({
      total: "300.00",
      vat_total: "54.10",
      net_total: "245.90",
      prices_include_vat: true,
    })
  })

  it("includes VAT by default when the flag is absent", () => {
    const t = invoiceTotals([{ quantity: 1, price: "122", vat_rate: "22" }])
    expect(t.lines[0]).toMatchObject({
      amount: "122.00",
      vat_amount: "22.00",
      net_amount: "100.00",
    })
    expect(t.prices_include_vat).toBe(true)
  })

  it("adds VAT on top when prices exclude it", () => {
    const t = invoiceTotals([
      { quantity: 3, price: "100", vat_rate: "22", prices_include_vat: false },
    ])
    expect(t.lines[0]).toMatchObject({
      amount: "300.00",
      vat_amount: "66.00",
      net_amount: "300.00",
      total_amount: "366.00",
      price_net: "100.00",
    })
    expect(t).toMatchObject({
      total: "366.00",
      vat_total: "66.00",
      net_total: "300.00",
      prices_include_vat: false,
    })
  })

  it("rounds half-up to kopeks, not half-even, and never through binary floats", () => {
    // 0.03 × 20 / 120 = 0.005 exactly: half-up gives 0.01 (banker's rounding would give 0.00).
    expect(
      invoiceTotals([{ quantity: 1, price: "0.03", vat_rate: "20" }]).lines[0].vat_amount
    ).toBe("0.01")
    // 0.25 × 22 / 100 = 0.055 → 0.06
    const onTop = invoiceTotals([
      { quantity: 1, price: "0.25", vat_rate: "22", prices_include_vat: false },
    ])
    expect(onTop.lines[0].vat_amount).toBe("0.06")
    // 0.1 × 3 is 0.30000000000000004 in floats
    expect(invoiceTotals([{ quantity: 3, price: "0.1", vat_rate: "0" }]).lines[0].amount).toBe(
      "0.30"
    )
    // 1.5 × 33.33 = 49.995 → 50.00
    expect(
      invoiceTotals([{ quantity: "1.5", price: "33.33", vat_rate: "22" }]).lines[0].amount
    ).toBe("50.00")
  })

  it("sums rounded line figures, so the printed columns add up to the totals", () => {
    const lines = Array.from({ length: 7 }, () => ({ quantity: 1, price: "0.03", vat_rate: "20" }))
    const t = invoiceTotals(lines)
    expect(t.vat_total).toBe("0.07") // 7 × 0.01, not round(7 × 0.005) = 0.04
    expect(t.total).toBe("0.21")
    expect(t.net_total).toBe("0.14")
  })

  it("handles goods without VAT, zero rates and zero quantities", () => {
    const t = invoiceTotals([
      { quantity: 2, price: "50", vat_rate: "без НДС" },
      { quantity: 2, price: "50", vat_rate: "" },
      { quantity: 2, price: "50", vat_rate: "0" },
      { quantity: 0, price: "50", vat_rate: "22" },
    ])
    expect(t.lines.map((l) => l.vat_amount)).toEqual(["0.00", "0.00", "0.00", "0.00"])
    expect(t.lines[3]).toMatchObject({ amount: "0.00", price_net: "0.00" })
    expect(t).toMatchObject({ total: "300.00", vat_total: "0.00", net_total: "300.00" })
  })

  it("keeps large amounts exact", () => {
    const t = invoiceTotals([{ quantity: "1000000", price: "999999.99", vat_rate: "22" }])
    expect(t.total).toBe("999999990000.00")
    expect(t.lines[0].vat_amount).toBe("180327867049.18") // 999999990000 × 22 / 122 = 180327867049.180…
  })

  it("passes other line fields through and reports mixed VAT modes", () => {
    const t = invoiceTotals([
      { title: "Кабель", sku: "KB-1", unit: "м", quantity: "10", price: "12.20", vat_rate: "22" },
      {
        title: "Щит",
        sku: "SH-2",
        unit: "шт",
        quantity: "1",
        price: "100",
        vat_rate: "10",
        prices_include_vat: false,
      },
    ])
    expect(t.lines[0]).toMatchObject({
      title: "Кабель",
      sku: "KB-1",
      unit: "м",
      amount: "122.00",
      vat_amount: "22.00",
    })
    expect(t.lines[1]).toMatchObject({ title: "Щит", total_amount: "110.00", vat_amount: "10.00" })
    expect(t).toMatchObject({
      total: "232.00",
      vat_total: "32.00",
      net_total: "200.00",
      prices_include_vat: false,
    })
  })

  it("returns zeros for no lines and rejects bad numbers", () => {
    expect(invoiceTotals([])).toMatchObject({
      total: "0.00",
      vat_total: "0.00",
      net_total: "0.00",
      lines: [],
    })
    expect(() => invoiceTotals([{ quantity: 1, price: "12,50", vat_rate: "22" }])).toThrow(
      /lines\[0\]\.price/
    )
    expect(() => invoiceTotals([{ quantity: "x", price: "1", vat_rate: "22" }])).toThrow(
      /lines\[0\]\.quantity/
    )
    expect(() => invoiceTotals([{ quantity: 1, price: "1", vat_rate: "-5" }])).toThrow(/negative/)
  })
})

describe("parseVatRate", () => {
  it("reads percentages and no-VAT markers", () => {
    expect(parseVatRate("22")?.toString()).toBe("22")
    expect(parseVatRate("10%")?.toString()).toBe("10")
    expect(parseVatRate("7,5")?.toString()).toBe("7.5")
    expect(parseVatRate("Без НДС")).toBeNull()
    expect(parseVatRate("")).toBeNull()
  })
})

describe("actTotals", () => {
  const movements = [
    { date: "2026-10-02", document: "Реализация № 1", amount: "500" },
    { date: "2026-10-05", document: "Оплата № 7", amount: "-300.10" },
    { date: "2026-10-09", document: "Оплата № 8", amount: "-2000" },
  ]

  it("puts shipments in debit and payments in credit, and totals them", () => {
    const t = actTotals("1000", movements)
    expect(t.opening).toEqual({ debit: "1000.00", credit: "" })
    expect(t.rows).toEqual([
      { date: "2026-10-02", document: "Реализация № 1", debit: "500.00", credit: "" },
      { date: "2026-10-05", document: "Оплата № 7", debit: "", credit: "300.10" },
      { date: "2026-10-09", document: "Оплата № 8", debit: "", credit: "2000.00" },
    ])
    expect(t.turnover).toEqual({ debit: "500.00", credit: "2300.10" })
    // 1000 + 500 − 2300.10 = −800.10: the supplier owes the buyer
    expect(t.closing).toEqual({ debit: "", credit: "800.10" })
    expect(t.balance).toBe("-800.10")
  })

  it("starts from a credit opening balance and may end at zero", () => {
    const t = actTotals("-250.50", [
      { date: "2026-10-01", document: "Реализация № 2", amount: "250.50" },
    ])
    expect(t.opening).toEqual({ debit: "", credit: "250.50" })
    expect(t.closing).toEqual({ debit: "0.00", credit: "" })
    expect(t.balance).toBe("0.00")
  })

  it("has zero turnover for an empty period", () => {
    const t = actTotals("0", [])
    expect(t.turnover).toEqual({ debit: "0.00", credit: "0.00" })
    expect(t.opening).toEqual({ debit: "0.00", credit: "" })
  })
})

describe("actClosingText", () => {
  const parties = { supplier: "ООО «Альфа»", buyer: "ООО «Бета»", date: "2026-10-31" }

  it("names the creditor and spells the amount", () => {
    expect(actClosingText({ ...parties, balance: "12345.67" })).toBe(
      `На 31.10.2026 задолженность в пользу ООО «Альфа» составляет 12${NNBSP}345,67 руб. ` +
        "(Двенадцать тысяч триста сорок пять рублей 67 копеек)."
    )
    expect(actClosingText({ ...parties, balance: "-1.00" })).toBe(
      "На 31.10.2026 задолженность в пользу ООО «Бета» составляет 1,00 руб. (Один рубль 00 копеек)."
    )
  })

  it("says there is no debt at zero", () => {
    expect(actClosingText({ ...parties, balance: "0.00" })).toBe(
      "На 31.10.2026 задолженность отсутствует."
    )
  })
})

describe("lineMoney: the one net/VAT/gross rule (issue 16)", () => {
  const { lineMoney } = require("../lib/totals") as typeof import("../lib/totals")
  it("VAT-inclusive: gross is price × quantity, VAT extracted per line, rounded half-up to the kopeck", () => {
    expect(
      lineMoney({ unit_price: "33.33", quantity: 3, vat_rate: "22", vat_included: true })
    ).toEqual({ amount: 9999, net: 8196, vat: 1803, gross: 9999, rate: "22" })
    expect(
      lineMoney({ unit_price: "33.33", quantity: 3, vat_rate: 10, vat_included: true })
    ).toEqual({ amount: 9999, net: 9090, vat: 909, gross: 9999, rate: "10" })
  })
  it("VAT-exclusive: VAT added on top per line", () => {
    expect(
      lineMoney({ unit_price: "33.33", quantity: 3, vat_rate: "22", vat_included: false })
    ).toEqual({ amount: 9999, net: 9999, vat: 2200, gross: 12199, rate: "22" })
    expect(
      lineMoney({ unit_price: "0.25", quantity: 1, vat_rate: "22", vat_included: false })
    ).toEqual({ amount: 25, net: 25, vat: 6, gross: 31, rate: "22" })
  })
  it("0 % and no VAT: net = gross", () => {
    expect(
      lineMoney({ unit_price: "33.33", quantity: 3, vat_rate: "0", vat_included: false })
    ).toEqual({ amount: 9999, net: 9999, vat: 0, gross: 9999, rate: "0" })
    expect(
      lineMoney({ unit_price: "10", quantity: 2, vat_rate: null, vat_included: true })
    ).toEqual({ amount: 2000, net: 2000, vat: 0, gross: 2000, rate: null })
  })
  it("invoiceTotals goes through it: the same figures", () => {
    const t = invoiceTotals([
      { quantity: 3, price: "33.33", vat_rate: "22", prices_include_vat: false },
    ])
    expect([t.net_total, t.vat_total, t.total]).toEqual(["99.99", "22.00", "121.99"])
  })
})
