import { describe, expect, it } from "vitest"

import { pluralVariants, toProductCard, UNTITLED, type StoreProductLike } from "./products"

const norm = (s: string | null) => (s === null ? null : s.replace(/[\u00a0\u202f]/g, " "))

describe("toProductCard", () => {
  it("maps a store API product with variants", () => {
    const product: StoreProductLike = {
      id: "prod_01",
      title: "Кабель ВВГнг 3x2.5",
      handle: "vvgng-3x2-5",
      thumbnail: "http://localhost:9000/static/cable.jpg",
      variants: [
        { id: "variant_1", title: "Бухта 100 м", sku: "VVG-325-100" },
        { id: "variant_2", title: "Бухта 50 м", sku: "VVG-325-50" },
      ],
    }
    expect(toProductCard(product)).toEqual({
      id: "prod_01",
      title: "Кабель ВВГнг 3x2.5",
      handle: "vvgng-3x2-5",
      thumbnail: "http://localhost:9000/static/cable.jpg",
      variantCount: 2,
      firstSku: "VVG-325-100",
      price: null,
      contractPrice: null,
      contractPriceVat: null,
    })
  })

  it("shows the signed-in buyer's contract price, “from” when the product has several variants", () => {
    const one = toProductCard({
      id: "p1",
      title: "Розетка",
      variants: [{ id: "v1" }],
      b2b_price_from: { amount: "1234.5", currency_code: "rub" },
    })
    expect(norm(one.contractPrice)).toBe("1 234,50 ₽")
    // terms unknown: shown as a price including VAT, as the backend's default is
    expect(one.contractPriceVat).toBe("с НДС")
    expect(
      toProductCard({
        id: "p1",
        title: "Розетка",
        variants: [{ id: "v1" }],
        b2b_price_from: { amount: "1", currency_code: "rub", vat_included: false },
      }).contractPriceVat
    ).toBe("без НДС")
    expect(
      toProductCard({
        id: "p1",
        title: "Розетка",
        variants: [{ id: "v1" }],
        b2b_price_from: { amount: "1", currency_code: "rub", vat_included: true },
      }).contractPriceVat
    ).toBe("с НДС")
    const many = toProductCard({
      id: "p2",
      title: "Кабель",
      variants: [{ id: "v1" }, { id: "v2" }],
      b2b_price_from: { amount: 99, currency_code: "rub" },
    })
    expect(norm(many.contractPrice)).toBe("от 99,00 ₽")
    expect(
      toProductCard({ id: "p3", title: "Скрыто", variants: [{ id: "v1" }], b2b_price_from: null })
        .contractPrice
    ).toBeNull()
  })

  it("shows the contract price with or without VAT as the buyer chose, from the one-unit gross / net", () => {
    const product = (vat_included: boolean) => ({
      id: "p1",
      title: "Розетка",
      variants: [{ id: "v1" }],
      b2b_price_from: {
        amount: "33.33",
        currency_code: "rub",
        vat_included,
        vat_rate: "22",
        ...(vat_included
          ? { net: "27.32", vat: "6.01", gross: "33.33" }
          : { net: "33.33", vat: "7.33", gross: "40.66" }),
      },
    })
    const card = (vat_included: boolean, d?: "with" | "without") => {
      const c = toProductCard(product(vat_included), d)
      return [norm(c.contractPrice), c.contractPriceVat]
    }
    expect(card(false, "with")).toEqual(["40,66 ₽", "с НДС"])
    expect(card(false, "without")).toEqual(["33,33 ₽", "без НДС"])
    expect(card(false)).toEqual(["33,33 ₽", "без НДС"])
    expect(card(true, "without")).toEqual(["27,32 ₽", "без НДС"])
    expect(card(true, "with")).toEqual(["33,33 ₽", "с НДС"])
  })

  it("handles products without variants (empty, null or not selected)", () => {
    for (const variants of [[], null, undefined]) {
      const card = toProductCard({
        id: "prod_02",
        title: "Без вариантов",
        handle: "no-var",
        variants,
      })
      expect(card.variantCount).toBe(0)
      expect(card.firstSku).toBeNull()
      expect(card.price).toBeNull()
      expect(card.title).toBe("Без вариантов")
    }
  })

  it("uses null when the first variant has no SKU, even if a later one has", () => {
    const card = toProductCard({
      id: "prod_03",
      title: "Товар",
      variants: [{ sku: null }, { sku: "LATER-SKU" }],
    })
    expect(card.variantCount).toBe(2)
    expect(card.firstSku).toBeNull()
  })

  it("trims blank fields and falls back for the title", () => {
    expect(
      toProductCard({ id: "p", title: "  ", handle: "fallback-handle", thumbnail: "" })
    ).toMatchObject({
      title: "fallback-handle",
      handle: "fallback-handle",
      thumbnail: null,
    })
    expect(toProductCard({ id: "p", title: null, handle: null }).title).toBe(UNTITLED)
  })

  it("formats the first variant's calculated price when present", () => {
    const card = toProductCard({
      id: "prod_04",
      title: "С ценой",
      variants: [
        { sku: "A", calculated_price: { calculated_amount: 1234.5, currency_code: "rub" } },
      ],
    })
    expect(norm(card.price)).toBe("1 234,50 ₽")
  })
})

describe("pluralVariants", () => {
  it.each([
    [0, "0 вариантов"],
    [1, "1 вариант"],
    [2, "2 варианта"],
    [4, "4 варианта"],
    [5, "5 вариантов"],
    [11, "11 вариантов"],
    [12, "12 вариантов"],
    [21, "21 вариант"],
    [22, "22 варианта"],
    [111, "111 вариантов"],
  ])("%i -> %s", (n, expected) => {
    expect(pluralVariants(n)).toBe(expected)
  })
})
