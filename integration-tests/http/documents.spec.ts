import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createAdmin, createCompany, createCustomer, lastNotification, pdfText, placeOrder as placeOrderIn, rubRegion, statusOf, storefrontKey, until } from "../utils/b2b"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let pk: string
    let regionId: string
    let variantId: string

    beforeEach(async () => {
      const c = getContainer()
      admin = await createAdmin(c)
      const { sc, pk: token } = await storefrontKey(c)
      pk = token
      regionId = await rubRegion(c)
      const { result } = await createProductsWorkflow(c).run({
        input: { products: [{ title: "Кабель ВВГнг-LS 3x2,5", status: "published", sales_channels: [{ id: sc.id }], options: [{ title: "Вид", values: ["бухта"] }],
          variants: [{ title: "бухта", sku: "VVG-3X2.5", options: { Вид: "бухта" }, manage_inventory: false, prices: [{ amount: 1234.5, currency_code: "rub" }] }] }] },
      })
      variantId = result[0].variants[0].id
      await api.post(`/admin/b2b/seller-organizations`, {
        name: "ТехноСнаб-Опт", full_name: "ООО «ТехноСнаб-Опт»", inn: "7708123450", kpp: "770801001", address: "127015, г. Москва, ул. Бутырская, д. 46",
        bank_name: "ПАО СБЕРБАНК", bik: "044525225", account: "40702810938000123456", corr_account: "30101810400000000225", director: "Иванов И. И.", accountant: "Петрова А. А.", is_default: true,
      }, { headers: admin.headers })
    })

    const placeOrder = (h: Record<string, string>, qty: number) => placeOrderIn(api, h, regionId, [{ variant_id: variantId, quantity: qty }])
    const docsOf = async (h: Record<string, string>, qs = "") => (await api.get(`/store/b2b/documents${qs}`, { headers: h })).data.documents as any[]

    it("an invoice PDF is generated for every placed order: number, INN, totals, VAT and the amount in words; isolation and permissions hold", async () => {
      const owner = await createCustomer(api, pk)
      const viewer = await createCustomer(api, pk)
      const stranger = await createCustomer(api, pk)
      const le = await createCompany(api, admin.headers, [{ customer_id: owner.id, role: "owner" }, { customer_id: viewer.id, role: "viewer" }], { kpp: "500301001", legal_address: "142703, Московская обл., г. Видное" })
      await createCompany(api, admin.headers, [{ customer_id: stranger.id, role: "owner" }])
      const order = await placeOrder(owner.headers(), 3) // 3 × 1 234,50 = 3 703,50, VAT 22 % included = 667,84
      const doc = await until(async () => (await docsOf(owner.headers(), `?type=invoice&order_id=${order.id}`)).find((d) => d.status === "ready"), "the invoice")
      expect(doc.number).toMatch(/^СЧ-\d{4}-\d{6}$/)
      expect(doc.total).toBe("3703.50")
      const pdf = await api.get(`/store/b2b/documents/${doc.id}/download`, { headers: owner.headers(), responseType: "arraybuffer" })
      expect(pdf.headers["content-type"]).toBe("application/pdf")
      const text = pdfText(Buffer.from(pdf.data))
      expect(text).toContain(`Счёт на оплату № ${doc.number}`)
      expect(text).toContain(le.inn)
      expect(text).toContain("500301001")
      expect(text).toContain("7708123450")
      expect(text).toContain("3 703,50")
      expect(text).toContain("667,84")
      expect(text).toMatch(/Три тысячи семьсот три рубля 50 копеек/)
      expect(text).toContain("VVG-3X2.5")

      // one invoice per order, whatever happens twice: order.placed delivered again (an event bus retry) adds none
      await getContainer().resolve(Modules.EVENT_BUS).emit({ name: "order.placed", data: { id: order.id } })
      await new Promise((r) => setTimeout(r, 2000))
      expect((await docsOf(owner.headers(), `?type=invoice`)).length).toBe(1)
      // another company: 404 on the id; a viewer has no documents.view
      expect(await statusOf(api.get(`/store/b2b/documents/${doc.id}/download`, { headers: stranger.headers() }))).toBe(404)
      expect(await statusOf(api.get(`/store/b2b/documents/${doc.id}`, { headers: stranger.headers() }))).toBe(404)
      expect(await docsOf(stranger.headers())).toEqual([])
      expect(await statusOf(api.get(`/store/b2b/documents`, { headers: viewer.headers() }))).toBe(403)
      // paper originals requested: flag, manager notified
      const orig = (await api.post(`/store/b2b/documents/${doc.id}/original`, {}, { headers: owner.headers() })).data.document
      expect(orig.original_requested).toBe(true)
      // the manager sees and downloads it too
      const adminList = (await api.get(`/admin/b2b/documents?legal_entity_id=${le.id}`, { headers: admin.headers })).data.documents
      expect(adminList.map((d: any) => d.id)).toContain(doc.id)
      expect((await api.get(`/admin/b2b/documents/${doc.id}/download`, { headers: admin.headers, responseType: "arraybuffer" })).status).toBe(200)
    })

    it("a reconciliation act for a period ties out with the credit ledger", async () => {
      const owner = await createCustomer(api, pk)
      const le = await createCompany(api, admin.headers, [{ customer_id: owner.id, role: "owner" }])
      const acc = (await api.post(`/admin/b2b/credit/accounts`, { legal_entity_id: le.id, credit_limit: "500000" }, { headers: admin.headers })).data.credit_account
      await api.post(`/admin/b2b/credit/accounts/${acc.id}/entries`, { entries: [
        { type: "shipment", document_number: "УПД-101", document_date: "2026-09-20", amount: "10000.00" }, // before the period: opening 10 000
        { type: "shipment", document_number: "УПД-140", document_date: "2026-10-05", amount: "25500.40" },
        { type: "payment", document_number: "п/п 77", document_date: "2026-10-10", amount: "10000.00" },
        { type: "shipment", document_number: "УПД-188", document_date: "2026-10-31", amount: "1999.60" },
        { type: "payment", document_number: "п/п 90", document_date: "2026-11-02", amount: "5000.00" }, // after the period
      ] }, { headers: admin.headers })
      expect(await statusOf(api.post(`/store/b2b/documents/reconciliation-acts`, { period: "custom", from: "2026-10-31", to: "2026-10-01" }, { headers: owner.headers() }))).toBe(400)
      const req = (await api.post(`/store/b2b/documents/reconciliation-acts`, { period: "month", date: "2026-10-15" }, { headers: owner.headers() })).data.document
      expect(req).toEqual(expect.objectContaining({ type: "reconciliation_act", status: "pending" }))
      const doc = await until(async () => (await api.get(`/store/b2b/documents/${req.id}`, { headers: owner.headers() })).data.document.status === "ready" ? req : undefined, "the act")
      const text = pdfText(Buffer.from((await api.get(`/store/b2b/documents/${doc.id}/download`, { headers: owner.headers(), responseType: "arraybuffer" })).data))
      expect(text).toContain("01.10.2026")
      expect(text).toContain("31.10.2026")
      expect(text).toContain("10 000,00") // opening debit
      expect(text).toContain("27 500,00") // turnover debit 25 500,40 + 1 999,60
      expect(text).toContain("п/п 77") // the payment inside the period is listed (its 10 000,00 is the credit turnover)
      expect(text).toContain("УПД-140")
      expect(text).not.toContain("УПД-101") // before the period, only in the opening balance
      expect(text).not.toContain("п/п 90")
      expect(text).toMatch(/задолженность в пользу ООО «ТехноСнаб-Опт» составляет 27 500,00/) // 10 000 + 27 500 − 10 000
      expect((await lastNotification(getContainer(), "manager@b2b-portal.local", "b2b-reconciliation-act-requested"))?.data).toEqual(expect.objectContaining({ document_id: req.id }))
      await api.post(`/admin/b2b/documents/${doc.id}/sent`, {}, { headers: admin.headers })
      expect((await api.get(`/store/b2b/documents/${doc.id}`, { headers: owner.headers() })).data.document.sent_at).toBeTruthy()
    })

    it("a template stored in the database is used; a failing render is visible and can be regenerated", async () => {
      const owner = await createCustomer(api, pk)
      await createCompany(api, admin.headers, [{ customer_id: owner.id, role: "owner" }])
      expect((await api.post(`/admin/b2b/document-templates`, { type: "invoice", name: "x", body: "{{#if}}" }, { headers: admin.headers }).catch((e: any) => e.response)).data.message).toMatch(/^body: /)
      await api.post(`/admin/b2b/document-templates`, { type: "invoice", name: "Сломанный", body: "<h1>{{nosuchhelper number}}</h1>" }, { headers: admin.headers })
      const order = await placeOrder(owner.headers(), 1)
      const failed = await until(async () => (await docsOf(owner.headers(), `?order_id=${order.id}`)).find((d) => d.status === "failed"), "the failed invoice")
      expect(failed.error).toMatch(/nosuchhelper/)
      expect(failed.attempts).toBeGreaterThanOrEqual(1)
      expect(await statusOf(api.get(`/store/b2b/documents/${failed.id}/download`, { headers: owner.headers() }))).toBe(404)

      const tpl = (await api.post(`/admin/b2b/document-templates`, { type: "invoice", name: "Короткий счёт", body: "<h1>Счёт {{number}} на {{money total}} руб.</h1><p>{{words total}}</p>", css: "h1{font-size:20px}" }, { headers: admin.headers })).data.template
      expect(tpl.version).toBe(2)
      const preview = await api.post(`/admin/b2b/document-templates/preview`, { type: "invoice", name: "p", body: "<h1>Предпросмотр {{number}}</h1>" }, { headers: admin.headers, responseType: "arraybuffer" })
      expect(pdfText(Buffer.from(preview.data))).toMatch(/Предпросмотр СЧ-/)
      await api.post(`/admin/b2b/documents/${failed.id}/regenerate`, {}, { headers: admin.headers })
      const ready = await until(async () => (await docsOf(owner.headers(), `?order_id=${order.id}`)).find((d) => d.status === "ready"), "the regenerated invoice")
      const text = pdfText(Buffer.from((await api.get(`/store/b2b/documents/${ready.id}/download`, { headers: owner.headers(), responseType: "arraybuffer" })).data))
      expect(text).toContain(`Счёт ${failed.number} на 1 234,50 руб.`)
      expect(text).toContain("Одна тысяча двести тридцать четыре рубля 50 копеек")
    })
  },
})
