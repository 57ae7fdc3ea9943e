import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { asValue } from "@medusajs/framework/awilix"
import { ERP_CART_PRICER, noopErpCartPricer } from "../../src/workflows/pricing-contract/utils"
import { createAdmin, createCompany, createCustomer, pdfText, rubRegion, statusOf, storefrontKey } from "../utils/b2b"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let pk: string
    let regionId: string
    let product: any
    let catId: string

    const P = (path: string) => `/admin/b2b/pricing/${path}`

    beforeEach(async () => {
      const c = getContainer()
      admin = await createAdmin(c)
      const { sc, pk: token } = await storefrontKey(c)
      pk = token
      regionId = await rubRegion(c)
      const { result: cats } = await createProductCategoriesWorkflow(c).run({ input: { product_categories: [{ name: "Кабель", handle: "kabel", is_active: true }] } })
      catId = cats[0].id
      const { result } = await createProductsWorkflow(c).run({
        input: {
          products: [
            {
              title: "Кабель ВВГнг-LS 3x2.5",
              status: "published",
              options: [{ title: "Длина", values: ["100 м", "200 м"] }],
              category_ids: [catId],
              sales_channels: [{ id: sc.id }],
              metadata: { manufacturer: "Кабэкс", line: "ВВГ" },
              variants: [
                { title: "100 м", sku: "VVG-3x2.5-100", options: { Длина: "100 м" }, manage_inventory: false, prices: [{ amount: 9999, currency_code: "rub" }] },
                { title: "200 м", sku: "VVG-3x2.5-200", options: { Длина: "200 м" }, manage_inventory: false, prices: [{ amount: 19999, currency_code: "rub" }] },
              ],
            },
          ],
        },
      })
      product = result[0]
    })

    async function setupPricing() {
      const base = (await api.post(P("price-types"), { code: "base", name: "Базовая", is_base: true }, { headers: admin.headers })).data.price_type
      const opt = (await api.post(P("price-types"), { code: "opt", name: "Оптовая" }, { headers: admin.headers })).data.price_type
      const [v100, v200] = product.variants.sort((a: any, b: any) => a.sku.localeCompare(b.sku))
      await api.post(
        P("variant-prices"),
        { prices: [
          { variant_id: v100.id, price_type_id: base.id, amount: "10000.00" },
          { variant_id: v200.id, price_type_id: base.id, amount: "19000.00" },
          { variant_id: v100.id, price_type_id: opt.id, amount: "9000.00" },
          { variant_id: v200.id, price_type_id: opt.id, amount: "17100.50" },
        ] },
        { headers: admin.headers }
      )
      return { base, opt, v100, v200 }
    }

    it("two counterparties see different prices in the listing, the cart and the order, with provenance", async () => {
      const { opt, v100, v200 } = await setupPricing()
      const a = await createCustomer(api, pk)
      const b = await createCustomer(api, pk)
      const leA = await createCompany(api, admin.headers, [{ customer_id: a.id, role: "owner" }])
      const leB = await createCompany(api, admin.headers, [{ customer_id: b.id, role: "owner" }])
      // A: agreement on the wholesale price type + 5 % off the cable category from 10 pcs
      await api.post(P("agreements"), { number: "Д-1/2026", legal_entity_id: leA.id, price_type_id: opt.id }, { headers: admin.headers })
      const list = (await api.post(P("price-lists"), { name: "Кабель −5 %", legal_entity_id: leA.id }, { headers: admin.headers })).data.price_list
      await api.post(P("price-rules"), { price_list_id: list.id, target_type: "category", target_id: catId, kind: "discount_percent", value: "5", min_quantity: 10 }, { headers: admin.headers })
      // B: a fixed price on the 100 m variant
      const listB = (await api.post(P("price-lists"), { name: "Спеццена", legal_entity_id: leB.id }, { headers: admin.headers })).data.price_list
      await api.post(P("price-rules"), { price_list_id: listB.id, target_type: "variant", target_id: v100.id, kind: "fixed", value: "8500" }, { headers: admin.headers })

      const priceOf = async (h: Record<string, string>, v: string, path = `/store/products?limit=24&fields=id,title,*variants`) => {
        const body = (await api.get(path, { headers: h })).data
        const products = body.products ?? [body.product]
        return products.flatMap((p: any) => p.variants).find((x: any) => x.id === v).b2b_price
      }
      expect(await priceOf(a.headers(), v100.id)).toEqual(expect.objectContaining({ amount: "9000.00", currency_code: "rub", source: "agreement_price_type", vat_included: true }))
      expect(await priceOf(b.headers(), v100.id)).toEqual(expect.objectContaining({ amount: "8500.00", currency_code: "rub", source: "variant_rule", vat_included: true, vat_rate: "22", net: "6967.21", vat: "1532.79", gross: "8500.00" }))
      expect(await priceOf(b.headers(), v200.id)).toEqual(expect.objectContaining({ amount: "19000.00", source: "base_price" }))
      expect(await priceOf(a.headers(), v200.id, `/store/products/${product.id}?fields=id,*variants`)).toEqual(expect.objectContaining({ amount: "17100.50" }))
      const batch = (await api.get(`/store/b2b/prices?variant_id=${v100.id},${v200.id}&quantity=10`, { headers: a.headers() })).data.prices
      expect(batch.map((p: any) => p.amount)).toEqual(["8550.00", "16245.48"]) // −5 % from 10 pcs

      // cart: A's lines are priced by the engine, quantity breaks apply to the total quantity
      const cartA = (await api.post(`/store/carts`, { region_id: regionId }, { headers: a.headers() })).data.cart
      let cart = (await api.post(`/store/carts/${cartA.id}/line-items`, { variant_id: v100.id, quantity: 4 }, { headers: a.headers() })).data.cart
      expect(cart.items[0].unit_price).toBe(9000)
      cart = (await api.post(`/store/carts/${cartA.id}/line-items/${cart.items[0].id}`, { quantity: 10 }, { headers: a.headers() })).data.cart
      expect(cart.items[0].unit_price).toBe(8550)
      expect(cart.items[0].metadata.b2b_price).toEqual(expect.objectContaining({ source: "category_rule", category_id: catId, kind: "discount_percent", rule_value: "5" }))

      // order keeps the price and its provenance
      const pc = (await api.post(`/store/payment-collections`, { cart_id: cartA.id }, { headers: a.headers() })).data.payment_collection
      await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: a.headers() })
      const done = (await api.post(`/store/carts/${cartA.id}/complete`, {}, { headers: a.headers() })).data
      expect(done.type).toBe("order")
      const order = done.order
      expect(order.items[0].unit_price).toBe(8550)
      expect(order.items[0].metadata.b2b_price).toEqual(expect.objectContaining({ source: "category_rule", price_type_id: opt.id, reference_amount: "9000.00" }))
      // B cannot see A's order
      expect(await statusOf(api.get(`/store/orders/${order.id}`, { headers: b.headers() }))).toBe(404)
    })

    it("re-prices the cart when the person switches counterparty; holding agreements are inherited", async () => {
      const { opt, v100 } = await setupPricing()
      const holding = (await api.post(`/admin/b2b/holdings`, { name: "ГК Тест" }, { headers: admin.headers })).data.holding
      const p = await createCustomer(api, pk)
      const inHolding = await createCompany(api, admin.headers, [{ customer_id: p.id, role: "owner" }], { holding_id: holding.id })
      const alone = await createCompany(api, admin.headers, [{ customer_id: p.id, role: "owner" }])
      await api.post(P("agreements"), { number: "Х-1", holding_id: holding.id, price_type_id: opt.id }, { headers: admin.headers })

      const cart = (await api.post(`/store/carts`, { region_id: regionId }, { headers: p.headers(inHolding.id) })).data.cart
      let c = (await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: v100.id, quantity: 2 }, { headers: p.headers(inHolding.id) })).data.cart
      expect(c.items[0].unit_price).toBe(9000) // inherited from the holding's agreement
      expect(await statusOf(api.get(`/store/carts/${cart.id}`, { headers: p.headers(alone.id) }))).toBe(404)
      c = (await api.post(`/store/b2b/carts/${cart.id}/counterparty`, {}, { headers: p.headers(alone.id) })).data.cart
      expect(c.b2b_legal_entity.id).toBe(alone.id)
      expect(c.items[0].unit_price).toBe(10000) // no agreement: base price
      expect(c.items[0].metadata.b2b_price.source).toBe("base_price")

      // a rule created later re-prices the cart the next time it is read (no stale prices at checkout)
      const list = (await api.post(P("price-lists"), { name: "Акция", legal_entity_id: alone.id }, { headers: admin.headers })).data.price_list
      await api.post(P("price-rules"), { price_list_id: list.id, target_type: "product", target_id: product.id, kind: "multiplier", value: "0.9" }, { headers: admin.headers })
      await new Promise((r) => setTimeout(r, 1100)) // other instances see a new version within a second
      c = (await api.get(`/store/carts/${cart.id}`, { headers: p.headers(alone.id) })).data.cart
      expect(c.items[0].unit_price).toBe(9000)
      expect(c.items[0].metadata.b2b_price).toEqual(expect.objectContaining({ source: "product_rule", kind: "multiplier", rule_value: "0.9" }))
    })

    it("price list download: XLSX in the background with progress, personal prices, only for its company", async () => {
      const { opt, v100, v200 } = await setupPricing()
      const a = await createCustomer(api, pk)
      const b = await createCustomer(api, pk)
      const leA = await createCompany(api, admin.headers, [{ customer_id: a.id, role: "buyer" }])
      await createCompany(api, admin.headers, [{ customer_id: b.id, role: "buyer" }])
      await api.post(P("agreements"), { number: "Д-7", legal_entity_id: leA.id, price_type_id: opt.id }, { headers: admin.headers })
      const bad = await api.post(`/store/b2b/price-lists`, { format: "docx" }, { headers: a.headers() }).catch((e: any) => e.response)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/format/)
      const req = (await api.post(`/store/b2b/price-lists`, { category_ids: [catId] }, { headers: a.headers() })).data.price_list
      expect(req.status).toBe("pending")
      let st = req
      for (let i = 0; i < 50 && st.status !== "done" && st.status !== "failed"; i++) {
        await new Promise((r) => setTimeout(r, 200))
        st = (await api.get(`/store/b2b/price-lists/${req.id}`, { headers: a.headers() })).data.price_list
      }
      expect(st).toEqual(expect.objectContaining({ status: "done", progress: 100, processed: 2 }))
      expect(await statusOf(api.get(`/store/b2b/price-lists/${req.id}/download`, { headers: b.headers() }))).toBe(404)
      const file = await api.get(st.download_url, { headers: a.headers(), responseType: "arraybuffer" })
      const ExcelJS = (await import("exceljs")).default
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(Buffer.from(file.data))
      const rows = wb.worksheets[0].getSheetValues().filter(Boolean).map((r: any) => r.slice(1))
      expect(rows[0]).toEqual(["Артикул", "Наименование", "Вариант", "Категория", "Цена", "Валюта", "Остаток", "НДС"])
      const bySku = Object.fromEntries(rows.slice(1).map((r: any[]) => [r[0], r]))
      expect(bySku["VVG-3x2.5-100"][4]).toBe(9000)
      expect(bySku["VVG-3x2.5-200"][4]).toBe(17100.5)
      expect(bySku["VVG-3x2.5-200"][3]).toBe("Кабель")
      expect(bySku["VVG-3x2.5-200"][7]).toBe("в т.ч. НДС") // the wholesale type includes VAT (the default)
      // exactly the category's two variants, nothing else
      expect(Object.keys(bySku).sort()).toEqual(["VVG-3x2.5-100", "VVG-3x2.5-200"])
      expect([v100.sku, v200.sku].sort()).toEqual(["VVG-3x2.5-100", "VVG-3x2.5-200"])

      // the same list as PDF, through the documents' renderer and the price_list template
      await api.post(`/admin/b2b/seller-organizations`, { name: "ТехноСнаб-Опт", full_name: "ООО «ТехноСнаб-Опт»", inn: "7708123450", kpp: "770801001", is_default: true }, { headers: admin.headers })
      const preq = (await api.post(`/store/b2b/price-lists`, { category_ids: [catId], format: "pdf" }, { headers: a.headers() })).data.price_list
      let pst = preq
      for (let i = 0; i < 100 && pst.status !== "done" && pst.status !== "failed"; i++) {
        await new Promise((r) => setTimeout(r, 200))
        pst = (await api.get(`/store/b2b/price-lists/${preq.id}`, { headers: a.headers() })).data.price_list
      }
      expect(pst).toEqual(expect.objectContaining({ status: "done", format: "pdf", error: null }))
      expect(await statusOf(api.get(`/store/b2b/price-lists/${preq.id}/download`, { headers: b.headers() }))).toBe(404)
      const pdf = await api.get(pst.download_url, { headers: a.headers(), responseType: "arraybuffer" })
      expect(pdf.headers["content-type"]).toMatch(/application\/pdf/)
      const text = pdfText(Buffer.from(pdf.data))
      expect(text).toMatch(/Прайс-лист от/)
      expect(text).toMatch(/ИНН 7708123450/)
      expect(text).toMatch(new RegExp(`ИНН ${leA.inn}`))
      expect(text).toMatch(/VVG-3x2\.5-100.*9 000,00/)
      expect(text).toMatch(/VVG-3x2\.5-200.*17 100,50/)
      expect(text).toMatch(/Всего позиций: 2/)
      expect(text).toMatch(/Цены указаны с учётом НДС \(в т\.ч\. НДС\)/)
    })

    it("the ERP hook may detail final cart prices; without it portal prices stand", async () => {
      const { v100 } = await setupPricing()
      const p = await createCustomer(api, pk)
      await createCompany(api, admin.headers, [{ customer_id: p.id, role: "buyer" }])
      const calls: any[] = []
      getContainer().register(ERP_CART_PRICER, asValue({
        detailCartPrices: async (input: any) => {
          calls.push(input)
          return { [v100.id]: "9876.54" }
        },
      }))
      try {
        const cart = (await api.post(`/store/carts`, { region_id: regionId }, { headers: p.headers() })).data.cart
        const c = (await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: v100.id, quantity: 3 }, { headers: p.headers() })).data.cart
        expect(c.items[0].unit_price).toBe(9876.54)
        expect(c.items[0].metadata.b2b_price).toEqual(expect.objectContaining({ erp_amount: "9876.54", portal_amount: "10000.00" }))
        expect(calls[0].lines).toEqual([expect.objectContaining({ variant_id: v100.id, quantity: 3, amount: "10000.00" })])
      } finally {
        getContainer().register(ERP_CART_PRICER, asValue(noopErpCartPricer))
      }
    })

    it("currency at the banking day's rate, missing rate is a clear error, mass rules hide, viewers see no prices", async () => {
      const { v100 } = await setupPricing()
      const eur = (await api.post(P("price-types"), { code: "eur", name: "Дилерская EUR", currency_code: "eur" }, { headers: admin.headers })).data.price_type
      await api.post(P("variant-prices"), { prices: [{ variant_id: v100.id, price_type_id: eur.id, amount: "95.50" }] }, { headers: admin.headers })
      const d = await createCustomer(api, pk)
      const viewer = await createCustomer(api, pk)
      const le = await createCompany(api, admin.headers, [{ customer_id: d.id, role: "buyer" }, { customer_id: viewer.id, role: "viewer" }])
      await api.post(P("agreements"), { number: "EUR-1", legal_entity_id: le.id, price_type_id: eur.id }, { headers: admin.headers })
      const missing = await api.get(`/store/b2b/prices?variant_id=${v100.id}`, { headers: d.headers() }).catch((e: any) => e.response)
      expect(missing.status).toBe(400)
      expect(missing.data.message).toMatch(/No exchange rate for EUR/)
      const today = new Date().toISOString().slice(0, 10)
      await api.post(P("exchange-rates"), { currency_code: "eur", rate: "100,25", date: today }, { headers: admin.headers })
      const ok = (await api.get(`/store/b2b/prices?variant_id=${v100.id}`, { headers: d.headers() })).data.prices[0]
      expect(ok.amount).toBe("9573.88") // 95.50 × 100.25 = 9573.875 → 9573.88
      const explain = (await api.get(`/admin/b2b/pricing/explain?variant_id=${v100.id}&legal_entity_id=${le.id}`, { headers: admin.headers })).data.price
      expect(explain.provenance.rate).toEqual(expect.objectContaining({ from: "eur", to: "rub", from_rate: "100.25", date: today }))

      // a cart created with its lines in one call, checked out after the line was hidden: refused
      const sneaky = (await api.post(`/store/carts`, { region_id: regionId, items: [{ variant_id: v100.id, quantity: 1 }] }, { headers: d.headers() })).data.cart
      await api.post(P("mass-rules"), { name: "Скрыть ВВГ", action: "hide", line: "ввг" }, { headers: admin.headers })
      const pcol = (await api.post(`/store/payment-collections`, { cart_id: sneaky.id }, { headers: d.headers() })).data.payment_collection
      await api.post(`/store/payment-collections/${pcol.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: d.headers() })
      const refused = await api.post(`/store/carts/${sneaky.id}/complete`, {}, { headers: d.headers() }).catch((e: any) => e.response)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/not available to your company/)
      const list = (await api.get(`/store/products?fields=id,*variants`, { headers: d.headers() })).data.products
      expect(list.find((p: any) => p.id === product.id)).toBeUndefined()
      expect(await statusOf(api.get(`/store/products/${product.id}?fields=id,*variants`, { headers: d.headers() }))).toBe(404)

      expect(await statusOf(api.get(`/store/b2b/prices?variant_id=${v100.id}`, { headers: viewer.headers() }))).toBe(403)
      const bad = await api.post(P("price-rules"), { price_list_id: "nope", target_type: "product", target_id: "x", kind: "discount_percent", value: "abc" }, { headers: admin.headers }).catch((e: any) => e.response)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/value/)
    })
  },
})
