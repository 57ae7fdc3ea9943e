import { describe, expect, it } from "vitest"

import { cartLines, parseQuantity, quickOrderReport } from "./cart-view"

describe("cart view", () => {
  it("reports every row that was not added, with the backend's reason when it gave one", () => {
    const r = quickOrderReport([
      { row: 1, sku: "A-1", status: "added", quantity: 10 },
      { row: 2, sku: "NOPE", status: "unknown_sku" },
      {
        row: 3,
        sku: "B-2",
        status: "invalid_quantity",
        message: "quantity 7: multiples of 6 (pack)",
      },
      { row: 4, sku: "C-3", status: "unavailable", message: " " },
    ])
    expect(r.added).toBe(1)
    expect(r.problems).toEqual([
      "Строка 2, NOPE: артикул не найден в каталоге",
      "Строка 3, B-2: quantity 7: multiples of 6 (pack)",
      "Строка 4, C-3: нет в наличии в нужном количестве",
    ])
  })

  it("names lines by product and variant (not Medusa's default variant title); amounts before VAT like the price", () => {
    const lines = cartLines({
      items: [
        {
          id: "l1",
          title: "Default variant",
          product_title: "Кабель ВВГнг",
          variant_sku: "KAB-1",
          quantity: "5",
          unit_price: 120.5,
          subtotal: 602.5,
          total: 735.05,
        },
        {
          id: "l2",
          title: "Белый",
          product_title: "Розетка",
          variant_sku: null,
          quantity: 2,
          unit_price: "99.90",
        },
      ],
    })
    expect(lines).toEqual([
      {
        id: "l1",
        name: "Кабель ВВГнг",
        sku: "KAB-1",
        quantity: 5,
        unit_price: 120.5,
        amount: 602.5,
      },
      {
        id: "l2",
        name: "Розетка — Белый",
        sku: "—",
        quantity: 2,
        unit_price: "99.90",
        amount: null,
      },
    ])
    expect(cartLines(null)).toEqual([])
  })

  it("accepts whole quantities from 0 only", () => {
    expect(parseQuantity(" 12 ")).toBe(12)
    expect(parseQuantity("0")).toBe(0)
    expect(parseQuantity("1.5")).toBeNull()
    expect(parseQuantity("-1")).toBeNull()
    expect(parseQuantity("")).toBeNull()
    expect(parseQuantity("99999999")).toBeNull()
  })
})
