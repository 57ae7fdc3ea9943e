import { describe, expect, it } from "vitest"

import { priceColumnLabel, routeParam, stockLabel, variantRows } from "./product-view"

const norm = (s: string | null) => (s === null ? null : s.replace(/[\u00a0\u202f]/g, " "))

describe("product page view", () => {
  it("says how much is in stock, and whether it can be ordered", () => {
    expect(stockLabel({ inventory_quantity: 7, manage_inventory: true })).toEqual({
      label: "7 шт.",
      orderable: true,
    })
    expect(stockLabel({ inventory_quantity: 5000, manage_inventory: true })).toEqual({
      label: "более 100 шт.",
      orderable: true,
    })
    expect(stockLabel({ inventory_quantity: 0, manage_inventory: true })).toEqual({
      label: "нет в наличии",
      orderable: false,
    })
    expect(
      stockLabel({ inventory_quantity: 0, manage_inventory: true, allow_backorder: true })
    ).toEqual({ label: "под заказ", orderable: true })
    expect(stockLabel({ manage_inventory: false })).toEqual({ label: "в наличии", orderable: true })
  })

  it("lists variants with the buyer's contract price (none when hidden)", () => {
    const rows = variantRows([
      {
        id: "v1",
        title: "Бухта 100 м",
        sku: "VVG-100",
        inventory_quantity: 12,
        manage_inventory: true,
        b2b_price: { amount: "4350.5", currency_code: "rub" },
      },
      {
        id: "v2",
        title: " ",
        sku: null,
        inventory_quantity: 0,
        manage_inventory: true,
        b2b_price: null,
      },
    ])
    expect(rows.map((r) => ({ ...r, price: norm(r.price) }))).toEqual([
      {
        id: "v1",
        title: "Бухта 100 м",
        sku: "VVG-100",
        price: "4 350,50 ₽",
        stock: "12 шт.",
        orderable: true,
        vat: "with",
      },
      {
        id: "v2",
        title: "—",
        sku: "—",
        price: null,
        stock: "нет в наличии",
        orderable: false,
        vat: null,
      },
    ])
    expect(variantRows(undefined)).toEqual([])
  })

  it("labels the price column truthfully: with VAT, without VAT, or per price when mixed", () => {
    const row = (vat: "with" | "without" | null, price: string | null = "1,00 ₽") => ({
      vat,
      price,
    })
    expect(priceColumnLabel([row("with"), row("with")])).toBe("Цена с НДС")
    expect(priceColumnLabel([row("without"), row("without", null)])).toBe("Цена без НДС")
    expect(priceColumnLabel([row("with"), row("without")])).toBe("Цена")
    expect(priceColumnLabel([row(null)])).toBe("Цена")
    expect(
      variantRows([
        { id: "v", b2b_price: { amount: "1", currency_code: "rub", vat_included: false } },
      ])[0]?.vat
    ).toBe("without")
  })

  it("shows each price with or without VAT as chosen, from the backend's one-unit gross / net", () => {
    // 33.33 under a VAT-exclusive type at 22 %: net 33.33, VAT 7.33, gross 40.66; at 10 % inclusive: 33.33 incl. 3.03
    const variants = [
      {
        id: "excl",
        b2b_price: {
          amount: "33.33",
          currency_code: "rub",
          vat_included: false,
          vat_rate: "22",
          net: "33.33",
          vat: "7.33",
          gross: "40.66",
        },
      },
      {
        id: "incl",
        b2b_price: {
          amount: "33.33",
          currency_code: "rub",
          vat_included: true,
          vat_rate: "10",
          net: "30.30",
          vat: "3.03",
          gross: "33.33",
        },
      },
    ]
    const shown = (d?: "with" | "without") =>
      variantRows(variants, d).map((r) => [r.id, norm(r.price), r.vat])
    expect(shown("with")).toEqual([
      ["excl", "40,66 ₽", "with"],
      ["incl", "33,33 ₽", "with"],
    ])
    expect(shown("without")).toEqual([
      ["excl", "33,33 ₽", "without"],
      ["incl", "30,30 ₽", "without"],
    ])
    // no choice: each in its own terms, so the column says so per price
    expect(shown()).toEqual([
      ["excl", "33,33 ₽", "without"],
      ["incl", "33,33 ₽", "with"],
    ])
    expect(priceColumnLabel(variantRows(variants, "without"))).toBe("Цена без НДС")
  })

  it("decodes a Cyrillic handle from the URL, and keeps a malformed one", () => {
    expect(routeParam("%D1%81%D1%82%D1%83%D0%BB%D1%8C%D1%8F-05e26d77")).toBe("стулья-05e26d77")
    expect(routeParam("kabel-vvg-3x2-5")).toBe("kabel-vvg-3x2-5")
    expect(routeParam("bad-%E0%A4%A")).toBe("bad-%E0%A4%A")
  })
})
