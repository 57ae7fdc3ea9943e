import { describe, expect, it } from "vitest"

import { formatMoney, MISSING_AMOUNT, toDecimalString } from "./format"

/** ru-RU uses U+00A0 / U+202F as separators and may use U+2212 for minus. */
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace(/\u2212/g, "-")

describe("formatMoney (ru-RU)", () => {
  it("formats RUB major units with two decimals", () => {
    const out = formatMoney(1234.5, "RUB")
    expect(norm(out)).toContain("1 234,50")
    expect(norm(out)).toBe("1 234,50 ₽")
  })

  it("defaults to RUB and accepts lower-case Medusa currency codes", () => {
    expect(norm(formatMoney(1234.5))).toBe("1 234,50 ₽")
    expect(norm(formatMoney(1234.5, "rub"))).toBe("1 234,50 ₽")
  })

  it("accepts numeric strings", () => {
    expect(norm(formatMoney("1234.5", "rub"))).toBe("1 234,50 ₽")
    expect(norm(formatMoney(" 99.9 ", "rub"))).toBe("99,90 ₽")
    expect(norm(formatMoney("1 234,5", "rub"))).toBe("1 234,50 ₽")
    expect(norm(formatMoney("1e3", "rub"))).toBe("1 000,00 ₽")
  })

  it("formats zero (including negative zero) as 0,00", () => {
    expect(norm(formatMoney(0, "rub"))).toBe("0,00 ₽")
    expect(norm(formatMoney("0", "rub"))).toBe("0,00 ₽")
    expect(norm(formatMoney(-0, "rub"))).toBe("0,00 ₽")
    expect(norm(formatMoney("-0.00", "rub"))).toBe("0,00 ₽")
  })

  it("formats large numbers with grouping", () => {
    expect(norm(formatMoney(12345678.9, "rub"))).toBe("12 345 678,90 ₽")
    expect(norm(formatMoney("12345678.9", "rub"))).toBe("12 345 678,90 ₽")
  })

  it("does not lose precision through float conversion", () => {
    // As a double this is 90071992547409.984375 -> would show ",98".
    expect(norm(formatMoney("90071992547409.99", "rub"))).toBe("90 071 992 547 409,99 ₽")
    // Naive Math.round(1.005 * 100) / 100 gives 1.00.
    expect(norm(formatMoney(1.005, "rub"))).toBe("1,01 ₽")
    expect(norm(formatMoney("0.125", "rub"))).toBe("0,13 ₽")
    expect(norm(formatMoney(0.1 + 0.2, "rub"))).toBe("0,30 ₽")
  })

  it("formats negative amounts", () => {
    expect(norm(formatMoney(-1234.5, "rub"))).toBe("-1 234,50 ₽")
  })

  it("formats other currencies in the ru-RU locale", () => {
    expect(norm(formatMoney(1234.5, "usd"))).toBe("1 234,50 $")
    expect(norm(formatMoney(1234.5, "EUR"))).toBe("1 234,50 €")
    // Zero-decimal currency still shows two decimals (minimumFractionDigits 2).
    expect(norm(formatMoney(1234.5, "jpy"))).toBe("1 234,50 ¥")
  })

  it("falls back to the code for malformed currency codes instead of throwing", () => {
    expect(norm(formatMoney(10, "xx"))).toBe("10,00 XX")
  })

  it("returns a dash for missing or invalid amounts", () => {
    for (const bad of [null, undefined, "", "abc", "12.3.4", Number.NaN, Infinity]) {
      expect(formatMoney(bad as never, "rub")).toBe(MISSING_AMOUNT)
    }
  })
})

describe("toDecimalString", () => {
  it("keeps the shortest round-trip representation of numbers", () => {
    expect(toDecimalString(1.005)).toBe("1.005")
    expect(toDecimalString(1234.5)).toBe("1234.5")
    expect(toDecimalString(1e21)).toBe("1000000000000000000000")
    expect(toDecimalString(1e-7)).toBe("0.0000001")
  })

  it("rejects non-numeric input", () => {
    expect(toDecimalString("1,234.5")).toBeNull()
    expect(toDecimalString("NaN")).toBeNull()
    expect(toDecimalString(null)).toBeNull()
  })
})
