import { describe, expect, it } from "vitest"

import {
  lineView,
  priceLabel,
  priceTermsLabel,
  pricesDisplay,
  priceView,
  toKopecks,
  vatDisplay,
  vatLabel,
} from "./vat-view"

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

  it("shows a catalog price with or without VAT from the backend's one-unit figures, labelled truthfully", () => {
    // 33.33 under a VAT-exclusive type at 22 %: a cart line of one unit charges 33.33 + 7.33 = 40.66
    const excl = {
      amount: "33.33",
      vat_included: false,
      net: "33.33",
      gross: "40.66",
    }
    expect(priceView(excl, "with")).toEqual({
      amount: "40.66",
      display: "with",
      label: "Цена с НДС",
    })
    expect(priceView(excl, "without")).toEqual({
      amount: "33.33",
      display: "without",
      label: "Цена без НДС",
    })
    // VAT-inclusive at 10 %: 33.33 includes 3.03
    const incl = { amount: "33.33", vat_included: true, net: "30.30", gross: "33.33" }
    expect(priceView(incl, "without")?.amount).toBe("30.30")
    expect(priceView(incl, "with")?.amount).toBe("33.33")
    // a price without the figures is shown in its own terms, and the label says which
    expect(priceView({ amount: "10.00", vat_included: false }, "with")).toEqual({
      amount: "10.00",
      display: "without",
      label: "Цена без НДС",
    })
    expect(priceView({ amount: "10.00" }, "without")?.label).toBe("Цена с НДС")
    // no price (hidden, or not signed in)
    expect(
      priceView({ amount: null, vat_included: true, net: null, gross: null }, "with")
    ).toBeNull()
    expect(priceView(null, "with")).toBeNull()
    expect(priceTermsLabel("without")).toBe("Цена без НДС")
  })

  it("a page of prices defaults to its price type's terms; the buyer's choice wins", () => {
    const excl = { amount: "1.00", vat_included: false }
    const incl = { amount: "1.00", vat_included: true }
    expect(pricesDisplay(undefined, [excl])).toBe("without")
    expect(pricesDisplay(undefined, [null, { amount: null, vat_included: false }, incl])).toBe(
      "with"
    )
    expect(pricesDisplay("with", [excl])).toBe("with")
    expect(pricesDisplay(undefined, [])).toBe("with")
  })
})
