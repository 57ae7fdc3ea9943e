import { describe, expect, it } from "vitest"

import { lineView, priceLabel, toKopecks, vatDisplay, vatLabel } from "./vat-view"

describe("vat display", () => {
  it("defaults to the price type's terms, a valid choice wins", () => {
    expect(vatDisplay(undefined, true)).toBe("with")
    expect(vatDisplay(undefined, false)).toBe("without")
    expect(vatDisplay("without", true)).toBe("without")
    expect(vatDisplay(["with"], false)).toBe("with")
    expect(vatDisplay("garbage", false)).toBe("without")
    expect(vatLabel("with")).toBe("с НДС")
    expect(priceLabel(false)).toBe("Ваша цена без НДС")
    expect(priceLabel(true)).toBe("Ваша цена с НДС")
    expect(priceLabel(undefined)).toBe("Ваша цена с НДС")
  })

  it("shows a line in its own terms exactly and in the other terms derived from the exact amounts", () => {
    const incl = {
      id: "l1",
      unit_price: "33.33",
      quantity: "3",
      vat_included: true,
      vat_rate: "22",
      net: "81.96",
      vat: "18.03",
      gross: "99.99",
    }
    expect(lineView(incl, "with")).toEqual({
      id: "l1",
      unit_price: "33.33",
      amount: "99.99",
      derived: false,
    })
    expect(lineView(incl, "without")).toEqual({
      id: "l1",
      unit_price: "27.32",
      amount: "81.96",
      derived: true,
    })
    const excl = { ...incl, vat_included: false, net: "99.99", vat: "22.00", gross: "121.99" }
    expect(lineView(excl, "without")).toEqual({
      id: "l1",
      unit_price: "33.33",
      amount: "99.99",
      derived: false,
    })
    expect(lineView(excl, "with")).toEqual({
      id: "l1",
      unit_price: "40.66",
      amount: "121.99",
      derived: true,
    })
    // 0 % VAT: both terms are the price
    expect(lineView({ ...incl, vat_rate: "0", net: "99.99", vat: "0.00" }, "without").derived).toBe(
      false
    )
    expect(toKopecks("1234.5")).toBe(123450)
    expect(toKopecks("x")).toBeNull()
  })
})
