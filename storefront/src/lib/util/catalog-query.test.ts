import { describe, expect, it } from "vitest"

import {
  backendQuery,
  catalogHref,
  categoryTree,
  lowestPrice,
  parseCatalogParams,
} from "./catalog-query"

describe("catalog URL state", () => {
  it("reads category, search, filters and page; drops what the backend could not take", () => {
    const p = parseCatalogParams({
      category: "pcat_1",
      q: "  кабель ",
      offset: "48",
      f: [
        "Производитель:Legrand",
        "Производитель:ABB",
        "Сечение:1,5",
        "bad",
        ":x",
        "A:b|c",
        "Производитель:ABB",
      ],
    })
    expect(p.category).toBe("pcat_1")
    expect(p.q).toBe("кабель")
    expect(p.offset).toBe(48)
    expect([...p.filters]).toEqual([
      ["Производитель", ["Legrand", "ABB"]],
      ["Сечение", ["1,5"]],
    ])
    expect(parseCatalogParams({ category: "../x", offset: "-5" })).toEqual({
      category: null,
      q: null,
      offset: 0,
      filters: new Map(),
    })
  })

  it("maps to the buyer API's query (values of one attribute joined with |)", () => {
    const p = parseCatalogParams({
      category: "pcat_1",
      f: ["Производитель:Legrand", "Производитель:ABB"],
      offset: "24",
    })
    expect(backendQuery(p)).toEqual({
      category_id: "pcat_1",
      "attr[Производитель]": "Legrand|ABB",
      limit: 24,
      offset: 24,
    })
    expect(backendQuery(p, false)).toEqual({
      category_id: "pcat_1",
      "attr[Производитель]": "Legrand|ABB",
    })
  })

  it("builds links that toggle a filter value and go back to the first page", () => {
    const p = parseCatalogParams({ category: "c1", f: ["Цвет:белый"], offset: "48" })
    expect(decodeURIComponent(catalogHref(p, { toggle: ["Цвет", "чёрный"] }))).toBe(
      "/?category=c1&f=Цвет:белый&f=Цвет:чёрный"
    )
    expect(catalogHref(p, { toggle: ["Цвет", "белый"] })).toBe("/?category=c1")
    expect(decodeURIComponent(catalogHref(p, { offset: 72 }))).toBe(
      "/?category=c1&f=Цвет:белый&offset=72"
    )
    expect(catalogHref(p, { category: null, clearFilters: true })).toBe("/")
  })

  it("keeps option filters (1C characteristics) apart from attributes: ?o= in the URL, opt[…] for the API", () => {
    const p = parseCatalogParams({
      f: ["Производитель:ABB"],
      o: ["Цвет:Белый", "Цвет:Чёрный", "Объём:0,9 л"],
    })
    expect([...p.options!]).toEqual([
      ["Цвет", ["Белый", "Чёрный"]],
      ["Объём", ["0,9 л"]],
    ])
    expect(backendQuery(p, false)).toEqual({
      "attr[Производитель]": "ABB",
      "opt[Цвет]": "Белый|Чёрный",
      "opt[Объём]": "0,9 л",
    })
    expect(decodeURIComponent(catalogHref(p, { toggleOption: ["Цвет", "Белый"] }))).toBe(
      "/?f=Производитель:ABB&o=Цвет:Чёрный&o=Объём:0,9+л" // URLSearchParams writes a space as +
    )
    expect(catalogHref(p, { clearFilters: true })).toBe("/")
  })

  it("groups categories under their top level and opens the chosen branch", () => {
    const tree = categoryTree(
      [
        { id: "a", name: "Электрика", parent_category_id: null },
        { id: "b", name: "Кабель", parent_category_id: "a" },
        { id: "c", name: "Автоматы", parent_category_id: "a" },
        { id: "d", name: "Вентиляция", parent_category_id: null },
      ],
      "b"
    )
    expect(tree.map((t) => [t.name, t.open, t.children.map((c) => c.name)])).toEqual([
      ["Вентиляция", false, []],
      ["Электрика", true, ["Автоматы", "Кабель"]],
    ])
  })

  it("takes the lowest visible price of a product's variants", () => {
    const prices = new Map([
      ["v1", { amount: "120.50", currency_code: "rub" }],
      ["v2", { amount: "99.90", currency_code: "rub" }],
      ["v3", { amount: null, currency_code: "rub" }],
    ])
    expect(lowestPrice(["v1", "v2", "v3"], prices)).toEqual({
      amount: "99.90",
      currency_code: "rub",
      several: true,
    })
    expect(lowestPrice(["v3"], prices)).toBeNull()
    // the VAT terms of the lowest price travel with it
    expect(
      lowestPrice(
        ["v1"],
        new Map([["v1", { amount: "1.00", currency_code: "rub", vat_included: false }]])
      )
    ).toEqual({ amount: "1.00", currency_code: "rub", several: false, vat_included: false })
    expect(lowestPrice(["v1"], prices)).toEqual({
      amount: "120.50",
      currency_code: "rub",
      several: false,
    })
  })

  it("the lowest price as shown: by gross with VAT, by net without (rates differ per variant); figures travel", () => {
    // a: 100.00 at 22 % exclusive → gross 122.00; b: 105.00 at 10 % exclusive → gross 115.50
    const a = {
      amount: "100.00",
      currency_code: "rub",
      vat_included: false,
      vat_rate: "22",
      net: "100.00",
      vat: "22.00",
      gross: "122.00",
    }
    const b = {
      amount: "105.00",
      currency_code: "rub",
      vat_included: false,
      vat_rate: "10",
      net: "105.00",
      vat: "10.50",
      gross: "115.50",
    }
    const prices = new Map([
      ["a", a],
      ["b", b],
    ])
    expect(lowestPrice(["a", "b"], prices, "with")).toEqual({ ...b, several: true })
    expect(lowestPrice(["a", "b"], prices, "without")).toEqual({ ...a, several: true })
    expect(lowestPrice(["a", "b"], prices)).toEqual({ ...a, several: true })
  })

  it("keeps the buyer's VAT display choice in the URL and its links", () => {
    expect(parseCatalogParams({ vat: "without" }).vat).toBe("without")
    expect(parseCatalogParams({ vat: "nonsense" }).vat).toBeUndefined()
    const p = parseCatalogParams({ category: "c1", vat: "without", offset: "24" })
    expect(catalogHref(p, { offset: 48 })).toBe("/?category=c1&offset=48&vat=without")
    expect(catalogHref(p, { vat: "with", offset: p.offset })).toBe(
      "/?category=c1&offset=24&vat=with"
    )
  })
})
