import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow, createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import ExcelJS from "exceljs"
import { createAdmin, createCompany, createCustomer, statusOf } from "../utils/b2b"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let pk: string
    let regionId: string
    let products: any[]

    beforeEach(async () => {
      const c = getContainer()
      admin = await createAdmin(c)
      const sc = await c.resolve(Modules.SALES_CHANNEL).createSalesChannels({ name: "B2B" })
      const key = await c.resolve(Modules.API_KEY).createApiKeys({ title: "sf", type: "publishable", created_by: "test" })
      await c.resolve(ContainerRegistrationKeys.LINK).create({ [Modules.API_KEY]: { publishable_key_id: key.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: sc.id } })
      pk = key.token
      regionId = (await createRegionsWorkflow(c).run({ input: { regions: [{ name: "Россия", currency_code: "rub", countries: ["ru"] }] } })).result[0].id
      const mk = (title: string, sku: string, barcode: string, amount: number) => ({
        title, status: "published" as const, sales_channels: [{ id: sc.id }], options: [{ title: "Вид", values: ["основной"] }],
        variants: [{ title: "основной", sku, barcode, options: { Вид: "основной" }, manage_inventory: false, prices: [{ amount, currency_code: "rub" }] }],
      })
      products = (await createProductsWorkflow(c).run({ input: { products: [mk("Автомат 16А", "MVA-16", "4600000000011", 210), mk("Кабель ВВГ", "KAB-3X2.5", "4600000000028", 95.5), mk("Лампа", "LED-10", "4600000000035", 120)] } })).result
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
      await createCompany(api, admin.headers, [{ customer_id: b.id, role: "buyer" }])
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
  },
})
