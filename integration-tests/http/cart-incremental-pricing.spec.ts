import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createProductCategoriesWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createAdmin, createCompany, createCustomer, rubRegion, storefrontKey } from "../utils/b2b"

jest.setTimeout(300 * 1000)

// Issue 19: one add / quantity change / removal on a large cart prices only the variants it touches
// (the whole cart when a cart-total rule applies or the pricing version moved). After every such
// operation the cart must be exactly what a full re-price of the same cart gives.
const LINES = 120

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let pk: string
    let regionId: string
    let catId: string
    let variants: { id: string; sku: string }[]
    const P = (path: string) => `/admin/b2b/pricing/${path}`

    beforeEach(async () => {
      const c = getContainer()
      admin = await createAdmin(c)
      const { sc, pk: token } = await storefrontKey(c)
      pk = token
      regionId = await rubRegion(c)
      const { result: cats } = await createProductCategoriesWorkflow(c).run({
        input: { product_categories: [{ name: "Крепёж", handle: "krepezh", is_active: true }] },
      })
      catId = cats[0].id
      const { result } = await createProductsWorkflow(c).run({
        input: {
          products: Array.from({ length: LINES + 5 }, (_, n) => ({
            title: `Болт ${n}`,
            status: "published" as any,
            category_ids: [catId],
            sales_channels: [{ id: sc.id }],
            options: [{ title: "Размер", values: ["M8"] }],
            variants: [
              { title: "M8", sku: `BOLT-${String(n).padStart(3, "0")}`, options: { Размер: "M8" }, manage_inventory: false, prices: [{ amount: 1000, currency_code: "rub" }] },
            ],
          })),
        },
      })
      variants = result.map((p: any) => p.variants[0]).sort((a: any, b: any) => a.sku.localeCompare(b.sku))
    })

    /** base 1000, wholesale 900 (+1 kopeck per n so lines differ), large-order type 800. */
    async function setupPricing() {
      const base = (await api.post(P("price-types"), { code: "base", name: "Базовая", is_base: true }, { headers: admin.headers })).data.price_type
      const opt = (await api.post(P("price-types"), { code: "opt", name: "Оптовая" }, { headers: admin.headers })).data.price_type
      const big = (await api.post(P("price-types"), { code: "big", name: "Крупный опт" }, { headers: admin.headers })).data.price_type
      const prices = variants.flatMap((v, n) => [
        { variant_id: v.id, price_type_id: base.id, amount: "1000.00" },
        { variant_id: v.id, price_type_id: opt.id, amount: (900 + n / 100).toFixed(2) },
        { variant_id: v.id, price_type_id: big.id, amount: "800.00" },
      ])
      await api.post(P("variant-prices"), { prices }, { headers: admin.headers })
      return { base, opt, big }
    }

    /** A member of a counterparty with the wholesale agreement, −5 % on the category from 10 pcs, a fixed 700 on variant 0 from 20 pcs. */
    async function member(opt: { id: string }) {
      const m = await createCustomer(api, pk)
      const le = await createCompany(api, admin.headers, [{ customer_id: m.id, role: "owner" }])
      await api.post(P("agreements"), { number: `Д-${le.id.slice(-6)}`, legal_entity_id: le.id, price_type_id: opt.id }, { headers: admin.headers })
      const list = (await api.post(P("price-lists"), { name: "Скидки", legal_entity_id: le.id }, { headers: admin.headers })).data.price_list
      await api.post(P("price-rules"), { price_list_id: list.id, target_type: "category", target_id: catId, kind: "discount_percent", value: "5", min_quantity: 10 }, { headers: admin.headers })
      await api.post(P("price-rules"), { price_list_id: list.id, target_type: "variant", target_id: variants[0].id, kind: "fixed", value: "700", min_quantity: 20 }, { headers: admin.headers })
      return { h: m.headers(), le }
    }

    async function largeCart(h: Record<string, string>) {
      const cart = (await api.post(`/store/carts`, { region_id: regionId }, { headers: h })).data.cart
      const text = variants.slice(0, LINES).map((v) => `${v.sku} 1`).join("\n")
      const r = (await api.post(`/store/b2b/carts/${cart.id}/quick-order`, { text }, { headers: h })).data
      expect(r.summary.added).toBe(LINES)
      return cart.id as string
    }

    const snapshot = async (cartId: string, h: Record<string, string>) => {
      const c = (await api.get(`/store/carts/${cartId}?fields=id,total,subtotal,item_total,tax_total,*items`, { headers: h })).data.cart
      return {
        total: c.total,
        subtotal: c.subtotal,
        item_total: c.item_total,
        tax_total: c.tax_total,
        items: [...c.items]
          .sort((a: any, b: any) => a.id.localeCompare(b.id))
          .map((i: any) => ({ id: i.id, variant_id: i.variant_id, quantity: i.quantity, unit_price: i.unit_price, price: i.metadata?.b2b_price })),
      }
    }

    /** The cart after an incremental operation equals the same cart re-priced in full. */
    async function expectSameAsFullReprice(cartId: string, h: Record<string, string>) {
      const incremental = await snapshot(cartId, h)
      await api.post(`/store/b2b/carts/${cartId}/reprice`, {}, { headers: h })
      const full = await snapshot(cartId, h)
      expect(incremental).toEqual(full)
      return incremental
    }
    const lineOf = (s: Awaited<ReturnType<typeof snapshot>>, variantId: string) => s.items.filter((i) => i.variant_id === variantId)

    it("add, quantity change and removal on a 120-line cart price exactly as a full re-price (quantity breaks, lines of one variant)", async () => {
      const { opt } = await setupPricing()
      const { h } = await member(opt)
      const cartId = await largeCart(h)
      const [v0, v1] = variants
      const extra = variants[LINES]
      const url = `/store/carts/${cartId}/line-items`

      // a new line below the break, then the same variant again: merged to 10 → −5 %
      await api.post(url, { variant_id: extra.id, quantity: 5 }, { headers: h })
      let s = await expectSameAsFullReprice(cartId, h)
      expect(lineOf(s, extra.id)[0]).toEqual(expect.objectContaining({ quantity: 5, unit_price: 901.2 }))
      await api.post(url, { variant_id: extra.id, quantity: 5 }, { headers: h })
      s = await expectSameAsFullReprice(cartId, h)
      expect(lineOf(s, extra.id)[0]).toEqual(expect.objectContaining({ quantity: 10, unit_price: 856.14 }))

      // a second line of v1 (other metadata): the break sees both lines' quantity, so both change
      await api.post(url, { variant_id: v1.id, quantity: 9, metadata: { note: "второй склад" } }, { headers: h })
      s = await expectSameAsFullReprice(cartId, h)
      expect(lineOf(s, v1.id).map((l) => l.unit_price)).toEqual([855.01, 855.01])

      // quantity change across the variant rule's break (fixed 700 from 20) and back
      const line0 = lineOf(s, v0.id)[0].id
      await api.post(`${url}/${line0}`, { quantity: 20 }, { headers: h })
      s = await expectSameAsFullReprice(cartId, h)
      expect(lineOf(s, v0.id)[0].unit_price).toBe(700)
      await api.post(`${url}/${line0}`, { quantity: 3 }, { headers: h })
      s = await expectSameAsFullReprice(cartId, h)
      expect(lineOf(s, v0.id)[0].unit_price).toBe(900)

      // removal of one of v1's two lines: the other falls back below the break
      const [first] = lineOf(s, v1.id)
      const del = (await api.delete(`${url}/${first.id}`, { headers: h })).data
      expect(del).toEqual(expect.objectContaining({ id: first.id, deleted: true }))
      s = await expectSameAsFullReprice(cartId, h)
      expect(lineOf(s, v1.id)).toEqual([expect.objectContaining({ unit_price: 900.01 })])
      // removal through quantity 0
      await api.post(`${url}/${lineOf(s, extra.id)[0].id}`, { quantity: 0 }, { headers: h })
      s = await expectSameAsFullReprice(cartId, h)
      expect(s.items).toHaveLength(LINES)

      // the answer: the whole cart by default (Medusa's shape); a client asking `fields=id,total` gets
      // just that (the storefront, which reloads the cart anyway), the operation itself unchanged
      const whole = (await api.post(url, { variant_id: extra.id, quantity: 1 }, { headers: h })).data.cart
      expect(whole.items).toHaveLength(LINES + 1)
      const added = whole.items.find((i: any) => i.variant_id === extra.id)
      const light = (await api.post(`${url}/${added.id}?fields=id,total`, { quantity: 2 }, { headers: h })).data.cart
      expect(light.items).toBeUndefined()
      expect(light.id).toBe(cartId)
      s = await expectSameAsFullReprice(cartId, h)
      expect(Number(light.total)).toBe(Number(s.total))
      expect(lineOf(s, extra.id)[0].quantity).toBe(2)
      const gone = (await api.delete(`${url}/${added.id}?fields=id,total`, { headers: h })).data
      expect(gone).toEqual(expect.objectContaining({ id: added.id, deleted: true }))
      expect(gone.parent.items).toBeUndefined()
      expect((await snapshot(cartId, h)).items).toHaveLength(LINES)
    })

    it("with a cart-total rule every operation re-checks the total; a pricing change re-prices the whole cart once", async () => {
      const { opt, big } = await setupPricing()
      const { h, le } = await member(opt)
      // 120 lines × ~900 ≈ 108,700; from 110,000 the whole cart moves to the large-order price type
      await api.post(P("cart-total-rules"), { threshold: "110000", price_type_id: big.id, legal_entity_id: le.id }, { headers: admin.headers })
      const cartId = await largeCart(h)
      const url = `/store/carts/${cartId}/line-items`
      let s = await expectSameAsFullReprice(cartId, h)
      expect(s.items.every((i) => i.unit_price > 800)).toBe(true)

      // the add crosses the threshold: every line takes the large-order price type
      await api.post(url, { variant_id: variants[LINES + 1].id, quantity: 3 }, { headers: h })
      s = await expectSameAsFullReprice(cartId, h)
      expect(s.items.every((i) => i.unit_price === 800)).toBe(true)
      // a quantity change back below it, then above again
      const added = lineOf(s, variants[LINES + 1].id)[0].id
      await api.post(`${url}/${added}`, { quantity: 1 }, { headers: h })
      s = await expectSameAsFullReprice(cartId, h)
      expect(s.items.every((i) => i.unit_price > 800)).toBe(true)
      await api.post(`${url}/${added}`, { quantity: 4 }, { headers: h })
      s = await expectSameAsFullReprice(cartId, h)
      expect(s.items.every((i) => i.unit_price === 800)).toBe(true)
      // removal drops the total below the threshold: every line back at the agreement's prices
      await api.delete(`${url}/${added}`, { headers: h })
      s = await expectSameAsFullReprice(cartId, h)
      expect(s.items.every((i) => i.unit_price > 800)).toBe(true)

      // a rule change (new wholesale price of variant 7) bumps the pricing version: the next add
      // re-prices the whole cart, so variant 7's line shows the new price too
      await api.post(P("variant-prices"), { prices: [{ variant_id: variants[7].id, price_type_id: opt.id, amount: "500.00" }] }, { headers: admin.headers })
      await api.post(url, { variant_id: variants[LINES + 2].id, quantity: 1 }, { headers: h })
      s = await expectSameAsFullReprice(cartId, h)
      expect(lineOf(s, variants[7].id)[0].unit_price).toBe(500)
    })

    it("a pricing change re-prices the whole cart on the next add without a cart-total rule", async () => {
      const { opt } = await setupPricing()
      const { h } = await member(opt)
      const cartId = await largeCart(h)
      await api.post(P("variant-prices"), { prices: [{ variant_id: variants[7].id, price_type_id: opt.id, amount: "500.00" }] }, { headers: admin.headers })
      // the add itself (not the read after it) brings variant 7's line to the new price
      const cart = (await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variants[LINES].id, quantity: 1 }, { headers: h })).data.cart
      expect(cart.items.find((i: any) => i.variant_id === variants[7].id).unit_price).toBe(500)
      const s = await expectSameAsFullReprice(cartId, h)
      expect(lineOf(s, variants[7].id)[0].unit_price).toBe(500)
    })
  },
})
