import { defaultQuantity, quantityProblem, toBaseUnits } from "../../../../modules/ordering/rules"
import { parseQuickOrderText } from "../quick-order"

const terms = {
  min_quantity: 10,
  multiple: 12,
  base_unit: "шт",
  units: [
    { code: "кор", name: "коробка", coefficient: 12 },
    { code: "пал", name: "паллета", coefficient: 480 },
  ],
}

describe("quantity rules", () => {
  it("MOQ, multiples, units and the default quantity", () => {
    expect(quantityProblem(terms, 5)).toBe("minimum 10 шт")
    expect(quantityProblem(terms, 13)).toBe("multiples of 12 шт")
    expect(quantityProblem(terms, 24)).toBeNull()
    expect(quantityProblem(terms, 2.5)).toMatch(/whole number/)
    expect(toBaseUnits(terms, 3, "кор")).toBe(36)
    expect(toBaseUnits(terms, 1, "паллета")).toBe(480)
    expect(toBaseUnits(terms, 1, "мешок")).toEqual({
      error: expect.stringMatching(/unknown unit "мешок"/),
    })
    expect(defaultQuantity(terms)).toBe(12)
    expect(defaultQuantity({ ...terms, min_quantity: 25 })).toBe(36)
  })
})

describe("quick order text", () => {
  it("reads 'SKU qty [unit]' lines and bare SKU lists", () => {
    const rows = parseQuickOrderText("MVA-16 24\nKAB-1\t2 бух\nA-1, B-2, C-3\n\nLED;10\nX-9 1,5")
    expect(rows.map((r) => [r.row, r.sku, r.quantity, r.unit])).toEqual([
      [1, "MVA-16", 24, null],
      [2, "KAB-1", 2, "бух"],
      [3, "A-1", null, null],
      [3, "B-2", null, null],
      [3, "C-3", null, null],
      [5, "LED", 10, null],
      [6, "X-9", 1.5, null],
    ])
  })

  it("a quantity that is not a positive whole number stays that row's quantity (refused later), never a second article", () => {
    const rows = parseQuickOrderText(
      "MVA-16 -5\nMVA-16 NaN\nMVA-16 1e12\nMVA-16 Infinity\nMVA-16 +3\nMVA-16 0"
    )
    expect(rows.map((r) => [r.row, r.sku])).toEqual([
      [1, "MVA-16"],
      [2, "MVA-16"],
      [3, "MVA-16"],
      [4, "MVA-16"],
      [5, "MVA-16"],
      [6, "MVA-16"],
    ])
    expect(rows.slice(0, 5).every((r) => Number.isNaN(r.quantity))).toBe(true)
    expect(rows[5].quantity).toBe(0)
  })
})
