import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { COMPANY_MODULE } from "../../src/modules/company"
import { createAdmin, createCompany, createCustomer, randomInn, rubRegion, setupShipping, storefrontKey, uniq } from "../utils/b2b"

jest.setTimeout(300 * 1000)

/**
 * Issue 15, input hardening: each defect found by the bad-input sweep, reproduced. A null byte in a
 * text field, an integer beyond its column, a quick-order quantity that is not a positive whole
 * number, a reference to nothing, a guest's personal data without consent: a 400 naming the field
 * (or row), never a 500, never a silent correction, never a stored dangling reference.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let pk: string
    let regionId: string
    let products: any[]
    let baseType: any
    const NUL = "ab\u0000cd"

    const refusal = (p: Promise<any>) => p.then((r: any) => ({ status: r.status, message: JSON.stringify(r.data).slice(0, 300) }), (e: any) => ({ status: e.response?.status, message: String(e.response?.data?.message ?? "") }))

    beforeEach(async () => {
      const c = getContainer()
      admin = await createAdmin(c)
      const { sc, pk: token } = await storefrontKey(c)
      pk = token
      regionId = await rubRegion(c)
      const [loc] = await c.resolve(Modules.STOCK_LOCATION).createStockLocations([{ name: "Склад", address: { city: "Москва", address_1: "ул. Складская, 1", country_code: "ru" } }])
      await c.resolve(ContainerRegistrationKeys.LINK).create({ [Modules.SALES_CHANNEL]: { sales_channel_id: sc.id }, [Modules.STOCK_LOCATION]: { stock_location_id: loc.id } })
      const ship = await setupShipping(c, loc.id)
      const mk = (title: string, sku: string, amount: number) => ({
        title, status: "published" as const, shipping_profile_id: ship.shippingProfileId, sales_channels: [{ id: sc.id }], options: [{ title: "Вид", values: ["основной"] }],
        variants: [{ title: "основной", sku, options: { Вид: "основной" }, manage_inventory: false, prices: [{ amount, currency_code: "rub" }] }],
      })
      products = (await createProductsWorkflow(c).run({ input: { products: [mk("Автомат 16А", "MVA-16", 210), mk("Кабель ВВГ", "KAB-3X2.5", 95.5)] } })).result
      baseType = (await api.post(`/admin/b2b/pricing/price-types`, { code: "base", name: "Базовая", is_base: true }, { headers: admin.headers })).data.price_type
      await api.post(`/admin/b2b/pricing/variant-prices`, { prices: products.map((p: any) => ({ variant_id: p.variants[0].id, price_type_id: baseType.id, amount: "100.00" })) }, { headers: admin.headers })
    })

    async function owner() {
      const o = await createCustomer(api, pk)
      const le = await createCompany(api, admin.headers, [{ customer_id: o.id, role: "owner" }])
      const h = o.headers(le.id)
      const cart = (await api.post(`/store/carts`, { region_id: regionId }, { headers: h })).data.cart
      return { o, le, h, cart }
    }

    async function companyOrder(customer: { id: string; email: string }, leId: string) {
      const orders = getContainer().resolve(Modules.ORDER)
      const order = await orders.createOrders({ email: customer.email, customer_id: customer.id, currency_code: "rub", status: "pending", items: [{ title: "Кабель", quantity: 10, unit_price: 95.5 }] } as any)
      await getContainer().resolve(ContainerRegistrationKeys.LINK).create({ [COMPANY_MODULE]: { b2b_legal_entity_id: leId }, [Modules.ORDER]: { order_id: order.id } })
      return order
    }

    it("a null byte in a text field is a 400 naming the field on every route where it was a 500", async () => {
      const { o, le, h, cart } = await owner()
      const order = await companyOrder(o, le.id)
      const line = (await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: products[0].variants[0].id, quantity: 1 }, { headers: h })).data.cart.items[0]
      const priceList = (await api.post(`/admin/b2b/pricing/price-lists`, { name: "Опт", legal_entity_id: le.id }, { headers: admin.headers })).data.price_list
      const holding = (await api.post(`/admin/b2b/holdings`, { name: "Холдинг" }, { headers: admin.headers })).data.holding
      const emp = (await api.get(`/store/b2b/employees`, { headers: h })).data.employees[0]
      const cases: [string, string, Record<string, unknown>, Record<string, string>, string][] = [
        ["POST", `/store/b2b/addresses`, { address: `г. Москва, ул. ${NUL}, д. 1` }, h, "address"],
        ["POST", `/store/b2b/orders/${order.id}/requests`, { type: "feedback", message: NUL }, h, "message"],
        ["POST", `/store/b2b/saved-carts`, { cart_id: cart.id, name: NUL }, h, "name"],
        ["POST", `/store/b2b/roles`, { code: "custom_x", name: NUL, permissions: ["cart.manage"] }, h, "name"],
        ["POST", `/store/b2b/invitations`, { email: "new@test.local", role_id: `role_${NUL}` }, h, "role_id"],
        ["POST", `/store/b2b/carts/${cart.id}/quick-order`, { text: `MVA-16${NUL} 5` }, h, "text"],
        ["POST", `/store/carts/${cart.id}/line-items`, { variant_id: products[1].variants[0].id, quantity: 1, metadata: { note: NUL } }, h, "metadata.note"],
        ["POST", `/store/carts/${cart.id}/line-items/${line.id}`, { quantity: 2, metadata: { note: NUL } }, h, "metadata.note"],
        ["POST", `/store/b2b/one-click`, { variant_id: `${products[0].variants[0].id}${NUL}`, quantity: 1 }, h, "variant_id"],
        ["POST", `/store/b2b/registration-requests`, { inn: "7707083893", company_name: NUL, contact_name: "Анна", email: "a@test.local", consent: true }, { "x-publishable-api-key": pk }, "company_name"],
        ["POST", `/admin/b2b/holdings`, { name: NUL }, admin.headers, "name"],
        ["POST", `/admin/b2b/holdings/${holding.id}`, { comment: NUL }, admin.headers, "comment"],
        ["POST", `/store/b2b/employees/${emp.id}`, { position: NUL }, h, "position"],
        ["POST", `/admin/b2b/credit/accounts`, { legal_entity_id: le.id, credit_limit: "1000", agreement_number: NUL }, admin.headers, "agreement_number"],
        ["POST", `/admin/b2b/pricing/price-rules`, { price_list_id: priceList.id, target_type: "product", target_id: `${products[0].id}${NUL}`, kind: "discount_percent", value: "5" }, admin.headers, "target_id"],
        ["POST", `/admin/b2b/pricing/variant-prices`, { prices: [{ variant_id: NUL, price_type_id: baseType.id, amount: "1.00" }] }, admin.headers, "prices.0.variant_id"],
        ["POST", `/admin/b2b/product-terms`, { terms: [{ product_id: products[0].id, base_unit: NUL }] }, admin.headers, "terms.0.base_unit"],
      ]
      const failures: string[] = []
      for (const [, url, body, headers, field] of cases) {
        const r = await refusal(api.post(url, body, { headers }))
        if (r.status !== 400 || !r.message.includes(field)) failures.push(`${url} ${field}: ${r.status} ${r.message.slice(0, 160)}`)
      }
      expect(failures).toEqual([])
    })

    it("control characters are refused in single-line text; a comment keeps its line breaks", async () => {
      const { h } = await owner()
      const bell = await refusal(api.post(`/store/b2b/addresses`, { address: "г. Москва, ул. Тверская\u0007, д. 1" }, { headers: h }))
      expect(bell).toEqual({ status: 400, message: expect.stringMatching(/address: .*control character/) })
      const nl = await refusal(api.post(`/store/b2b/addresses`, { address: "г. Москва, ул. Тверская, д. 1", label: "Склад\nпервый" }, { headers: h }))
      expect(nl).toEqual({ status: 400, message: expect.stringMatching(/label: .*line break/) })
      const ok = await api.post(`/store/b2b/addresses`, { address: "г. Москва, ул. Тверская, д. 1", comment: "Въезд со двора\n\tворота 2" }, { headers: h })
      expect(ok.data.address.comment).toBe("Въезд со двора\n\tворота 2")
    })

    it("an integer beyond its column (min_quantity, multiple 1e12) is a 400 naming the field, not a 500", async () => {
      const { le } = await owner()
      const priceList = (await api.post(`/admin/b2b/pricing/price-lists`, { name: "Опт", legal_entity_id: le.id }, { headers: admin.headers })).data.price_list
      for (const field of ["min_quantity", "multiple"]) {
        const r = await refusal(api.post(`/admin/b2b/product-terms`, { terms: [{ product_id: products[0].id, [field]: 1e12 }] }, { headers: admin.headers }))
        expect(r).toEqual({ status: 400, message: expect.stringContaining(field) })
      }
      const rule = await refusal(api.post(`/admin/b2b/pricing/price-rules`, { price_list_id: priceList.id, target_type: "product", target_id: products[0].id, kind: "discount_percent", value: "5", min_quantity: 1e12 }, { headers: admin.headers }))
      expect(rule).toEqual({ status: 400, message: expect.stringContaining("min_quantity") })
      const sort = await refusal(api.post(`/admin/b2b/pricing/price-types`, { code: "x", name: "X", sort: 2147483648 }, { headers: admin.headers }))
      expect(sort).toEqual({ status: 400, message: expect.stringContaining("sort") })
      // the column's own maximum still fits
      expect((await api.post(`/admin/b2b/product-terms`, { terms: [{ product_id: products[0].id, min_quantity: 2147483647 }] }, { headers: admin.headers })).status).toBe(200)
    })

    it("Medusa's line-item routes: quantity 1e12 or a non-number is a 400, not a 500", async () => {
      const { h, cart } = await owner()
      const v = products[0].variants[0].id
      for (const quantity of [1e12, "1e309", -1, 1.5]) {
        const r = await refusal(api.post(`/store/carts/${cart.id}/line-items`, { variant_id: v, quantity }, { headers: h }))
        expect([quantity, r.status, r.message]).toEqual([quantity, 400, expect.stringContaining("quantity")])
      }
    })

    it("found by the fuzz: a null byte in a path id, a lone surrogate in metadata, an unknown cart line are 4xx, not 500", async () => {
      const { h, cart } = await owner()
      const nulPath = await refusal(api.post(`/store/b2b/roles/%00`, { name: "x" }, { headers: h }))
      expect(nulPath).toEqual({ status: 400, message: expect.stringMatching(/^path: .*null byte/) })
      expect((await refusal(api.post(`/store/carts/${cart.id}%00/line-items`, { variant_id: products[0].variants[0].id, quantity: 1 }, { headers: h }))).status).toBe(400)
      const surrogate = await refusal(api.post(`/store/carts/${cart.id}`, { metadata: { note: "abc\ud800" } }, { headers: h }))
      expect(surrogate).toEqual({ status: 400, message: expect.stringMatching(/^metadata\.note: .*surrogate/) })
      expect((await refusal(api.delete(`/store/carts/${cart.id}/line-items/cali_missing`, { headers: h }))).status).toBe(404)
      expect((await refusal(api.delete(`/store/carts/cart_missing/line-items/cali_missing`, { headers: h }))).status).toBe(404)
      // ids in Medusa's bodies and queries are scanned before the route guards look them up
      const pcNul = await refusal(api.post(`/store/payment-collections`, { cart_id: NUL }, { headers: h }))
      expect(pcNul).toEqual({ status: 400, message: expect.stringMatching(/^cart_id: .*null byte/) })
      expect((await refusal(api.get(`/store/shipping-options?cart_id=%00`, { headers: h }))).status).toBe(400)
    })

    it("quick order refuses -5, 0, 1.5, NaN, Infinity and 1e12 row by row, naming the row, and adds none of them", async () => {
      const { h, cart } = await owner()
      const text = ["MVA-16 -5", "MVA-16 0", "MVA-16 1.5", "MVA-16 NaN", "MVA-16 Infinity", "MVA-16 1e12", "MVA-16 99999999999", "KAB-3X2.5 3"].join("\n")
      const res = (await api.post(`/store/b2b/carts/${cart.id}/quick-order`, { text }, { headers: h })).data
      const byRow = new Map(res.rows.map((r: any) => [r.row, r]))
      for (const row of [1, 2, 3, 4, 5, 6, 7]) {
        expect([row, byRow.get(row)]).toEqual([row, expect.objectContaining({ status: "invalid_quantity", sku: "MVA-16", message: expect.stringContaining(`row ${row}`) })])
      }
      expect(byRow.get(8)).toEqual(expect.objectContaining({ status: "added", quantity: 3 }))
      expect(res.rows.filter((r: any) => r.status === "unknown_sku")).toEqual([])
      expect(res.cart.items.map((i: any) => [i.variant_id, i.quantity])).toEqual([[products[1].variants[0].id, 3]])
    })

    it("references to things that do not exist are refused before anything is written", async () => {
      const { le } = await owner()
      const credit = await refusal(api.post(`/admin/b2b/credit/accounts`, { legal_entity_id: "le_does_not_exist", credit_limit: "1000" }, { headers: admin.headers }))
      expect([400, 404]).toContain(credit.status)
      expect(credit.message).toMatch(/legal_entity_id/)
      const holdingCredit = await refusal(api.post(`/admin/b2b/credit/accounts`, { holding_id: "hold_does_not_exist", credit_limit: "1000" }, { headers: admin.headers }))
      expect([400, 404]).toContain(holdingCredit.status)
      expect(holdingCredit.message).toMatch(/holding_id/)

      const vp = await refusal(api.post(`/admin/b2b/pricing/variant-prices`, { prices: [{ variant_id: products[0].variants[0].id, price_type_id: "pctype_missing", amount: "1.00" }] }, { headers: admin.headers }))
      expect(vp).toEqual({ status: 400, message: expect.stringMatching(/prices\[0\]\.price_type_id/) })
      const vv = await refusal(api.post(`/admin/b2b/pricing/variant-prices`, { prices: [{ variant_id: "variant_missing", price_type_id: baseType.id, amount: "1.00" }] }, { headers: admin.headers }))
      expect(vv).toEqual({ status: 400, message: expect.stringMatching(/prices\[0\]\.variant_id/) })

      const pt = await refusal(api.post(`/admin/b2b/product-terms`, { terms: [{ product_id: "prod_missing", min_quantity: 2 }] }, { headers: admin.headers }))
      expect(pt).toEqual({ status: 400, message: expect.stringMatching(/terms\[0\]\.product_id/) })
      const ptv = await refusal(api.post(`/admin/b2b/product-terms`, { terms: [{ product_id: products[0].id, variant_id: products[1].variants[0].id, min_quantity: 2 }] }, { headers: admin.headers }))
      expect(ptv).toEqual({ status: 400, message: expect.stringMatching(/terms\[0\]\.variant_id/) })

      const priceList = (await api.post(`/admin/b2b/pricing/price-lists`, { name: "Опт", legal_entity_id: le.id }, { headers: admin.headers })).data.price_list
      const rule = await refusal(api.post(`/admin/b2b/pricing/price-rules`, { price_list_id: priceList.id, target_type: "product", target_id: "prod_missing", kind: "discount_percent", value: "5" }, { headers: admin.headers }))
      expect(rule).toEqual({ status: 400, message: expect.stringMatching(/target_id/) })
      const list = await refusal(api.post(`/admin/b2b/pricing/price-lists`, { name: "Опт", legal_entity_id: "le_missing" }, { headers: admin.headers }))
      expect(list).toEqual({ status: 400, message: expect.stringMatching(/legal_entity_id/) })

      // nothing was written
      const credit2 = getContainer().resolve("credit") as any
      expect(await credit2.listCreditAccounts({ legal_entity_id: "le_does_not_exist" })).toEqual([])
      const pc = getContainer().resolve("pricing_contract") as any
      expect(await pc.listPcVariantPrices({ price_type_id: "pctype_missing" })).toEqual([])
      expect((await api.get(`/admin/b2b/product-terms?product_id=prod_missing`, { headers: admin.headers })).data.product_terms).toEqual([])
    })

    it("a registration decision and an after-sales decision naming things that do not exist are refused, nothing changed", async () => {
      const email = `${uniq("apply")}@test.local`
      const reg = (await api.post(`/store/b2b/registration-requests`, { inn: randomInn(), company_name: "ООО Ландыш", contact_name: "Анна", email, consent: true }, { headers: { "x-publishable-api-key": pk } })).data.registration_request
      for (const [field, body] of [["role_id", { role_id: "role_missing" }], ["legal_entity_id", { legal_entity_id: "le_missing" }], ["holding_id", { holding_id: "hold_missing" }]] as const) {
        const r = await refusal(api.post(`/admin/b2b/registration-requests/${reg.id}/accept`, body, { headers: admin.headers }))
        expect(r).toEqual({ status: 400, message: expect.stringMatching(new RegExp(`^${field}: `)) })
      }
      const [still] = await (getContainer().resolve(COMPANY_MODULE) as any).listB2bRegistrationRequests({ id: reg.id })
      expect(still.status).toBe("pending")

      const { o, le } = await owner()
      const order = await companyOrder(o, le.id)
      const [request] = await (getContainer().resolve("after_sales") as any).createB2bOrderRequests([{ order_id: order.id, legal_entity_id: le.id, customer_id: o.id, type: "document", document_type: "upd", subject: "УПД" }])
      const r = await refusal(api.post(`/admin/b2b/requests/${request.id}`, { status: "resolved", document_id: "doc_missing" }, { headers: admin.headers }))
      expect(r).toEqual({ status: 400, message: expect.stringMatching(/^document_id: document doc_missing does not exist/) })
      const [after] = await (getContainer().resolve("after_sales") as any).listB2bOrderRequests({ id: request.id })
      expect(after.status).toBe(request.status)
      expect(after.document_id).toBeNull()
    })

    it("guest one-click requires consent and records it (form, text version, ip)", async () => {
      const saved = process.env.B2B_GUEST_ONE_CLICK
      process.env.B2B_GUEST_ONE_CLICK = "true"
      try {
        const email = `${uniq("guest")}@test.local`
        const guest = { items: [{ sku: "MVA-16", quantity: 1 }], phone: "+7 915 123-45-67", email, name: "Анна", company_name: "ООО Ромашка", inn: "7707083893" }
        const hk = { "x-publishable-api-key": pk }
        const none = await refusal(api.post(`/store/b2b/guest-orders`, guest, { headers: hk }))
        expect(none).toEqual({ status: 400, message: expect.stringMatching(/consent/) })
        const no = await refusal(api.post(`/store/b2b/guest-orders`, { ...guest, consent: false }, { headers: hk }))
        expect(no).toEqual({ status: 400, message: expect.stringMatching(/consent/) })
        const company = getContainer().resolve(COMPANY_MODULE) as any
        expect(await company.listB2bConsents({ subject_email: email })).toEqual([])
        const res = await api.post(`/store/b2b/guest-orders`, { ...guest, consent: true }, { headers: hk })
        expect(res.status).toBe(201)
        const consents = await company.listB2bConsents({ subject_email: email })
        expect(consents).toEqual([expect.objectContaining({ form: "guest_one_click", text_version: process.env.B2B_CONSENT_VERSION || "2026-01" })])
      } finally {
        if (saved === undefined) delete process.env.B2B_GUEST_ONE_CLICK
        else process.env.B2B_GUEST_ONE_CLICK = saved
      }
    })
  },
})
