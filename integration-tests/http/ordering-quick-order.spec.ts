import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import ExcelJS from "exceljs"
import { createAdmin, createCompany, createCustomer, rubRegion, statusOf, storefrontKey } from "../utils/b2b"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let pk: string
    let regionId: string
    let products: any[]
    let lastLe: string

    beforeEach(async () => {
      const c = getContainer()
      admin = await createAdmin(c)
      const { sc, pk: token } = await storefrontKey(c)
      pk = token
      regionId = await rubRegion(c)
      const mk = (title: string, sku: string, barcode: string, amount: number, currency_code = "rub") => ({
        title, status: "published" as const, sales_channels: [{ id: sc.id }], options: [{ title: "Вид", values: ["основной"] }],
        variants: [{ title: "основной", sku, barcode, options: { Вид: "основной" }, manage_inventory: false, prices: [{ amount, currency_code }] }],
      })
      // the lamp's only catalog price is in euros: no base price in roubles, so no price for a rouble counterparty
      products = (await createProductsWorkflow(c).run({ input: { products: [mk("Автомат 16А", "MVA-16", "4600000000011", 210), mk("Кабель ВВГ", "KAB-3X2.5", "4600000000028", 95.5), mk("Лампа", "LED-10", "4600000000035", 120, "eur")] } })).result
      const P = (p: string) => `/admin/b2b/pricing/${p}`
      const base = (await api.post(P("price-types"), { code: "base", name: "Базовая", is_base: true }, { headers: admin.headers })).data.price_type
      await api.post(P("variant-prices"), { prices: products.slice(0, 2).map((p: any, i: number) => ({ variant_id: p.variants[0].id, price_type_id: base.id, amount: ["210.00", "95.50"][i] })) }, { headers: admin.headers })
      // the lamp has no price: "unavailable"
      await api.post(`/admin/b2b/product-terms`, { terms: [
        { product_id: products[0].id, min_quantity: 12, multiple: 12, base_unit: "шт", units: [{ code: "кор", name: "коробка", coefficient: 12 }] },
        { product_id: products[1].id, min_quantity: 100, multiple: 50, base_unit: "м", units: [{ code: "бух", name: "бухта", coefficient: 100 }] },
      ] }, { headers: admin.headers })
    })

    async function buyerWithCart() {
      const b = await createCustomer(api, pk)
      const le = await createCompany(api, admin.headers, [{ customer_id: b.id, role: "buyer" }])
      lastLe = le.id
      const cart = (await api.post(`/store/carts`, { region_id: regionId }, { headers: b.headers() })).data.cart
      return { b, cart }
    }

    it("MOQ and pack multiples are enforced on Medusa's own add and update routes with a message per line", async () => {
      const { b, cart } = await buyerWithCart()
      const v = products[0].variants[0].id
      const few = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: v, quantity: 5 }, { headers: b.headers() }).catch((e: any) => e.response)
      expect(few.status).toBe(400)
      expect(few.data.message).toBe("quantity: MVA-16: minimum 12 шт")
      const odd = await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: v, quantity: 13 }, { headers: b.headers() }).catch((e: any) => e.response)
      expect(odd.data.message).toBe("quantity: MVA-16: multiples of 12 шт")
      const ok = (await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: v, quantity: 24 }, { headers: b.headers() })).data.cart
      expect(ok.items[0].quantity).toBe(24)
      const upd = await api.post(`/store/carts/${cart.id}/line-items/${ok.items[0].id}`, { quantity: 30 }, { headers: b.headers() }).catch((e: any) => e.response)
      expect(upd.status).toBe(400)
      expect(upd.data.message).toMatch(/multiples of 12/)
      // a guest's cart goes through Medusa's own pricing, but the same rules
      const guestCart = (await api.post(`/store/carts`, { region_id: regionId }, { headers: { "x-publishable-api-key": pk } })).data.cart
      const g = await api.post(`/store/carts/${guestCart.id}/line-items`, { variant_id: v, quantity: 1 }, { headers: { "x-publishable-api-key": pk } }).catch((e: any) => e.response)
      expect(g.status).toBe(400)
    })

    it("quick order from pasted text: good and bad rows reported, valid rows added in one go", async () => {
      const { b, cart } = await buyerWithCart()
      const text = ["mva-16 24", "4600000000028 2 бух", "KAB-3X2.5 70", "NOPE-1 5", "LED-10 10", "MVA-16 0", "MVA-16 1 паллета"].join("\n")
      const r = (await api.post(`/store/b2b/carts/${cart.id}/quick-order`, { text }, { headers: b.headers() })).data
      expect(r.rows.map((x: any) => [x.row, x.status])).toEqual([
        [1, "added"], [2, "added"], [3, "invalid_quantity"], [4, "unknown_sku"], [5, "unavailable"], [6, "invalid_quantity"], [7, "invalid_quantity"],
      ])
      expect(r.rows[2].message).toMatch(/multiples of 50 м/)
      expect(r.rows[6].message).toMatch(/unknown unit "паллета"/)
      expect(r.summary).toEqual({ added: 2, unknown_sku: 1, invalid_quantity: 3, unavailable: 1 })
      const items = Object.fromEntries(r.cart.items.map((i: any) => [i.variant_sku, [i.quantity, i.unit_price]]))
      expect(items).toEqual({ "MVA-16": [24, 210], "KAB-3X2.5": [200, 95.5] })
      // SKUs alone take the minimum quantity
      const r2 = (await api.post(`/store/b2b/carts/${cart.id}/quick-order`, { text: "KAB-3X2.5, MVA-16" }, { headers: b.headers() })).data
      expect(r2.rows.map((x: any) => x.quantity)).toEqual([100, 12])
    })

    it("quick order from the XLSX template; oversized or broken files change nothing", async () => {
      const { b, cart } = await buyerWithCart()
      const tpl = await api.get(`/store/b2b/quick-order/template`, { headers: b.headers(), responseType: "arraybuffer" })
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(Buffer.from(tpl.data))
      const ws = wb.worksheets[0]
      expect(ws.getRow(1).values).toEqual([undefined, "Артикул", "Количество", "Единица"])
      ws.spliceRows(2, 1)
      ws.addRow(["MVA-16", 2, "кор"])
      ws.addRow(["KAB-3X2.5", 120, ""])
      const upload = async (name: string, body: Buffer) => {
        const fd = new FormData()
        fd.append("file", new Blob([new Uint8Array(body)]), name)
        return api.post(`/store/b2b/carts/${cart.id}/quick-order`, fd, { headers: b.headers() }).catch((e: any) => e.response)
      }
      const ok = await upload("заказ.xlsx", Buffer.from(await wb.xlsx.writeBuffer()))
      expect(ok.data.summary).toEqual({ added: 1, unknown_sku: 0, invalid_quantity: 1, unavailable: 0 })
      expect(ok.data.cart.items).toHaveLength(1)
      expect(ok.data.cart.items[0].quantity).toBe(24)

      const big = new ExcelJS.Workbook()
      const s = big.addWorksheet("x")
      s.addRow(["Артикул", "Количество"])
      for (let i = 0; i < 5001; i++) s.addRow(["MVA-16", 12])
      const tooBig = await upload("big.xlsx", Buffer.from(await big.xlsx.writeBuffer()))
      expect(tooBig.status).toBe(400)
      expect(tooBig.data.message).toMatch(/more than 5000 rows/)
      const broken = await upload("broken.xlsx", Buffer.from("not a zip"))
      expect(broken.status).toBe(400)
      expect(broken.data.message).toMatch(/not a readable Excel workbook/)
      const cartAfter = (await api.get(`/store/carts/${cart.id}`, { headers: b.headers() })).data.cart
      expect(cartAfter.items).toHaveLength(1)
      // another buyer cannot quick-order into this cart
      const other = await buyerWithCart()
      expect(await statusOf(api.post(`/store/b2b/carts/${cart.id}/quick-order`, { text: "MVA-16 12" }, { headers: other.b.headers() }))).toBe(404)
    })

    it("saved carts and templates: save, list, share, rename, restore at today's prices, delete; repeat an order; cart to XLSX", async () => {
      const { b, cart } = await buyerWithCart()
      const colleague = await createCustomer(api, pk)
      await api.post(`/admin/b2b/legal-entities/${lastLe}/employees`, { customer_id: colleague.id, role_id: "role_buyer" }, { headers: admin.headers })
      const stranger = (await buyerWithCart()).b
      await api.post(`/store/b2b/carts/${cart.id}/quick-order`, { text: "MVA-16 24\nKAB-3X2.5 200" }, { headers: b.headers() })

      expect((await api.post(`/store/b2b/saved-carts`, { cart_id: cart.id, name: " " }, { headers: b.headers() }).catch((e: any) => e.response)).data.message).toMatch(/'name'|^name: /)
      const saved = (await api.post(`/store/b2b/saved-carts`, { cart_id: cart.id, name: "Ежемесячный", kind: "template" }, { headers: b.headers() })).data.saved_cart
      expect(saved).toEqual(expect.objectContaining({ name: "Ежемесячный", kind: "template", item_count: 2, is_shared: false }))
      expect(saved.items).toEqual(expect.arrayContaining([expect.objectContaining({ sku: "MVA-16", quantity: 24 })]))
      // someone else's cart cannot be saved
      expect(await statusOf(api.post(`/store/b2b/saved-carts`, { cart_id: cart.id, name: "x" }, { headers: colleague.headers() }))).toBe(404)
      // private until shared; the colleague may use it then, not change it; another company never sees it
      expect((await api.get(`/store/b2b/saved-carts`, { headers: colleague.headers() })).data.saved_carts).toHaveLength(0)
      await api.post(`/store/b2b/saved-carts/${saved.id}`, { is_shared: true, name: "Ежемесячный заказ" }, { headers: b.headers() })
      const seen = (await api.get(`/store/b2b/saved-carts?kind=template`, { headers: colleague.headers() })).data.saved_carts
      expect(seen.map((x: any) => x.name)).toEqual(["Ежемесячный заказ"])
      expect(await statusOf(api.post(`/store/b2b/saved-carts/${saved.id}`, { name: "Моё" }, { headers: colleague.headers() }))).toBe(400)
      expect(await statusOf(api.get(`/store/b2b/saved-carts/${saved.id}`, { headers: stranger.headers() }))).toBe(404)

      // restore into a fresh cart at today's prices
      const base = (await api.get(`/admin/b2b/pricing/price-types`, { headers: admin.headers })).data.price_types[0]
      await api.post(`/admin/b2b/pricing/variant-prices`, { prices: [{ variant_id: products[0].variants[0].id, price_type_id: base.id, amount: "199.90" }] }, { headers: admin.headers })
      const cart2 = (await api.post(`/store/carts`, { region_id: regionId }, { headers: colleague.headers() })).data.cart
      const restored = (await api.post(`/store/b2b/saved-carts/${saved.id}/restore`, { cart_id: cart2.id }, { headers: colleague.headers() })).data
      expect(restored.summary).toEqual({ added: 2, unknown_sku: 0, invalid_quantity: 0, unavailable: 0 })
      expect(Object.fromEntries(restored.cart.items.map((i: any) => [i.variant_sku, [i.quantity, i.unit_price]]))).toEqual({ "MVA-16": [24, 199.9], "KAB-3X2.5": [200, 95.5] })

      // cart to XLSX
      const x = await api.get(`/store/b2b/carts/${cart2.id}/export`, { headers: colleague.headers(), responseType: "arraybuffer" })
      expect(x.headers["content-type"]).toMatch(/spreadsheetml/)
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(Buffer.from(x.data))
      const rows = wb.worksheets[0].getSheetValues().slice(2).map((r: any) => [r[1], r[3], r[4], r[5]])
      expect(rows).toEqual(expect.arrayContaining([["MVA-16", 24, 199.9, 4797.6], ["KAB-3X2.5", 200, 95.5, 19100]]))
      expect(rows[rows.length - 1][3]).toBe(23897.6)
      expect(await statusOf(api.get(`/store/b2b/carts/${cart2.id}/export`, { headers: b.headers() }))).toBe(404)

      // repeat an order: today's prices, and what no longer fits is reported
      const pc = (await api.post(`/store/payment-collections`, { cart_id: cart2.id }, { headers: colleague.headers() })).data.payment_collection
      await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: colleague.headers() })
      const order = (await api.post(`/store/carts/${cart2.id}/complete`, {}, { headers: colleague.headers() })).data.order
      await api.post(`/admin/b2b/product-terms`, { terms: [{ product_id: products[1].id, min_quantity: 300, multiple: 50, base_unit: "м" }] }, { headers: admin.headers })
      await api.post(`/admin/b2b/pricing/variant-prices`, { prices: [{ variant_id: products[0].variants[0].id, price_type_id: base.id, amount: "205.00" }] }, { headers: admin.headers })
      const cart3 = (await api.post(`/store/carts`, { region_id: regionId }, { headers: colleague.headers() })).data.cart
      const again = (await api.post(`/store/b2b/orders/${order.id}/reorder`, { cart_id: cart3.id }, { headers: colleague.headers() })).data
      expect(again.rows.map((r: any) => [r.sku, r.status])).toEqual(expect.arrayContaining([["MVA-16", "added"], ["KAB-3X2.5", "invalid_quantity"]]))
      expect(again.cart.items.map((i: any) => [i.variant_sku, i.unit_price])).toEqual([["MVA-16", 205]])
      // another company cannot repeat it; a buyer cannot repeat a colleague's order without orders.view_all
      expect(await statusOf(api.post(`/store/b2b/orders/${order.id}/reorder`, { cart_id: cart3.id }, { headers: stranger.headers() }))).toBe(404)
      expect(await statusOf(api.post(`/store/b2b/orders/${order.id}/reorder`, { cart_id: cart3.id }, { headers: b.headers() }))).toBe(404)

      await api.delete(`/store/b2b/saved-carts/${saved.id}`, { headers: b.headers() })
      expect(await statusOf(api.get(`/store/b2b/saved-carts/${saved.id}`, { headers: b.headers() }))).toBe(404)
    })
  },
})
