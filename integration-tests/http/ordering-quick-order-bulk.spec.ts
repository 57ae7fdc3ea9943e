import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { BigNumber } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createAdmin, createCompany, createCustomer, rubRegion, storefrontKey } from "../utils/b2b"

jest.setTimeout(600 * 1000)

// The bulk path (quick order → addContractPricedLinesWorkflow): 500 lines in one request, contract
// prices, totals, and merging into lines already in the cart.
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("a 500-line quick order lands 500 contract-priced lines; a second, overlapping one raises quantities instead of duplicating lines", async () => {
      const c = getContainer()
      const admin = await createAdmin(c)
      const { sc, pk } = await storefrontKey(c)
      const regionId = await rubRegion(c)
      const N = 520
      const sku = (i: number) => `BULK-${String(i).padStart(4, "0")}`
      // prices with kopecks that add up exactly only in decimal arithmetic
      const price = (i: number) => new BigNumber(`${100 + i}.${String((i * 37) % 100).padStart(2, "0")}`)
      const input = Array.from({ length: N }, (_, i) => ({
        title: `Товар ${i}`, status: "published" as const, sales_channels: [{ id: sc.id }], options: [{ title: "Вид", values: ["основной"] }],
        variants: [{ title: "основной", sku: sku(i), options: { Вид: "основной" }, manage_inventory: false, prices: [{ amount: 1, currency_code: "rub" }] }],
      }))
      const products = (await createProductsWorkflow(c).run({ input: { products: input } })).result
      const variantOf = new Map<string, string>(products.map((p: any) => [p.variants[0].sku, p.variants[0].id]))
      const P = (p: string) => `/admin/b2b/pricing/${p}`
      const base = (await api.post(P("price-types"), { code: "base", name: "Базовая", is_base: true }, { headers: admin.headers })).data.price_type
      await api.post(P("variant-prices"), { prices: Array.from({ length: N }, (_, i) => ({ variant_id: variantOf.get(sku(i)), price_type_id: base.id, amount: price(i).numeric.toFixed(2) })) }, { headers: admin.headers })

      const b = await createCustomer(api, pk)
      await createCompany(api, admin.headers, [{ customer_id: b.id, role: "buyer" }])
      const cart = (await api.post(`/store/carts`, { region_id: regionId }, { headers: b.headers() })).data.cart
      const first = Array.from({ length: 500 }, (_, i) => `${sku(i)} ${1 + (i % 7)}`).join("\n")
      const r1 = (await api.post(`/store/b2b/carts/${cart.id}/quick-order`, { text: first }, { headers: b.headers() })).data
      expect(r1.summary).toEqual({ added: 500, unknown_sku: 0, invalid_quantity: 0, unavailable: 0 })

      const check = async (expected: Map<string, number>) => {
        const got = (await api.get(`/store/carts/${cart.id}?fields=*items,item_subtotal,item_total,subtotal,tax_total,total`, { headers: b.headers() })).data.cart
        expect(got.items).toHaveLength(expected.size)
        let sum = new BigNumber(0)
        for (const it of got.items) {
          const i = Number(it.variant_sku.slice(5))
          expect([it.variant_sku, it.quantity, new BigNumber(it.unit_price).numeric]).toEqual([it.variant_sku, expected.get(it.variant_sku), price(i).numeric])
          expect(it.is_custom_price).toBe(true)
          expect(it.metadata.b2b_price).toEqual(expect.objectContaining({ amount: price(i).numeric.toFixed(2), currency_code: "rub" }))
          expect(it.product_title).toBe(`Товар ${i}`)
          sum = new BigNumber(sum.bigNumber!.plus(price(i).bigNumber!.times(it.quantity)))
        }
        expect(new BigNumber(got.item_subtotal).bigNumber!.eq(sum.bigNumber!)).toBe(true)
        expect(new BigNumber(got.total).bigNumber!.eq(new BigNumber(got.item_total).bigNumber!)).toBe(true)
        expect(new BigNumber(got.item_total).bigNumber!.eq(sum.bigNumber!.plus(got.tax_total))).toBe(true)
        return got
      }
      const expected = new Map(Array.from({ length: 500 }, (_, i) => [sku(i), 1 + (i % 7)] as [string, number]))
      const after1 = await check(expected)

      // the same line as Medusa's own add-to-cart route (the single-line path) makes it
      const cartB = (await api.post(`/store/carts`, { region_id: regionId }, { headers: b.headers() })).data.cart
      const single = (await api.post(`/store/carts/${cartB.id}/line-items`, { variant_id: variantOf.get(sku(3)), quantity: 4 }, { headers: b.headers() })).data.cart.items[0]
      const bulk = after1.items.find((i: any) => i.variant_sku === sku(3))
      const keys = ["title", "subtitle", "product_id", "product_title", "product_handle", "variant_id", "variant_sku", "variant_title", "is_discountable", "is_giftcard", "requires_shipping", "is_tax_inclusive", "is_custom_price", "unit_price", "quantity", "metadata"]
      const pick = (o: any) => Object.fromEntries(keys.map((k) => [k, o[k]]))
      expect(pick(bulk)).toEqual(pick(single))

      // overlapping: 50 SKUs already in the cart (twice in the paste), 20 new ones
      const second = [...Array.from({ length: 50 }, (_, i) => `${sku(i * 10)} 2`), `${sku(0)} 1`, ...Array.from({ length: 20 }, (_, i) => `${sku(500 + i)} 3`)].join("\n")
      const r2 = (await api.post(`/store/b2b/carts/${cart.id}/quick-order`, { text: second }, { headers: b.headers() })).data
      expect(r2.summary).toEqual({ added: 71, unknown_sku: 0, invalid_quantity: 0, unavailable: 0 })
      for (let i = 0; i < 50; i++) expected.set(sku(i * 10), expected.get(sku(i * 10))! + 2)
      expected.set(sku(0), expected.get(sku(0))! + 1)
      for (let i = 0; i < 20; i++) expected.set(sku(500 + i), 3)
      await check(expected)
    })
  },
})
