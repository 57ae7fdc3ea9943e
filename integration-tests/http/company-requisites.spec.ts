import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdmin, createCompany, createCustomer, createPublishableKey, lastNotification, statusOf, uniq } from "../utils/b2b"

jest.setTimeout(120 * 1000)

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")

function form(changes: unknown, file?: { name: string; body: Buffer }) {
  const fd = new FormData()
  fd.append("changes", typeof changes === "string" ? changes : JSON.stringify(changes))
  if (file) fd.append("document", new Blob([new Uint8Array(file.body)]), file.name)
  return fd
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let pk: string
    beforeEach(async () => {
      admin = await createAdmin(getContainer())
      pk = await createPublishableKey(getContainer())
    })

    it("seller organizations: one default, shown to the buyer with bank requisites", async () => {
      const a = await api.post(
        `/admin/b2b/seller-organizations`,
        { name: "ТД Электрокомплект", full_name: "ООО «ТД Электрокомплект»", inn: "7707083893", kpp: "773601001", bik: "044525225", account: "40702810900000000001", corr_account: "30101810400000000225", is_default: true },
        { headers: admin.headers }
      )
      const b = await api.post(
        `/admin/b2b/seller-organizations`,
        { name: "Электрокомплект-Логистик", full_name: "ООО «Электрокомплект-Логистик»", inn: "500100732259", is_default: true },
        { headers: admin.headers }
      )
      const list = (await api.get(`/admin/b2b/seller-organizations`, { headers: admin.headers })).data.seller_organizations
      expect(list.filter((o: any) => o.is_default).map((o: any) => o.id)).toEqual([b.data.seller_organization.id])
      const bad = await api.post(`/admin/b2b/seller-organizations`, { name: "X", full_name: "X", inn: "7707083893", bik: "12" }, { headers: admin.headers }).catch((e: any) => e.response)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/bik/)

      // warehouses and products map to a seller organization (orders are split by it)
      const c = getContainer()
      const loc = await c.resolve(Modules.STOCK_LOCATION).createStockLocations({ name: "Склад Тест" })
      const mapped = await api.post(`/admin/b2b/seller-organizations/${a.data.seller_organization.id}/stock-locations`, { add: [loc.id] }, { headers: admin.headers })
      expect(mapped.data.ids).toEqual([loc.id])
      const unmapped = await api.post(`/admin/b2b/seller-organizations/${a.data.seller_organization.id}/stock-locations`, { remove: [loc.id] }, { headers: admin.headers })
      expect(unmapped.data.ids).toEqual([])
      expect(await statusOf(api.post(`/admin/b2b/seller-organizations/${a.data.seller_organization.id}/products`, {}, { headers: admin.headers }))).toBe(400)

      const owner = await createCustomer(api, pk)
      const le = await createCompany(api, admin.headers, [{ customer_id: owner.id, role: "owner" }], { seller_organization_id: a.data.seller_organization.id })
      const company = (await api.get(`/store/b2b/company`, { headers: owner.headers() })).data.company
      expect(company.id).toBe(le.id)
      expect(company.seller_organization).toEqual(expect.objectContaining({ name: "ТД Электрокомплект", account: "40702810900000000001" }))
    })

    it("a second counterparty with the same INN/KPP is refused with a clear error (also a sole proprietor without KPP)", async () => {
      await api.post(`/admin/b2b/legal-entities`, { name: "ИП Иванов", inn: "500100732259" }, { headers: admin.headers })
      const dup = await api.post(`/admin/b2b/legal-entities`, { name: "ИП Иванов 2", inn: "500100732259" }, { headers: admin.headers }).catch((e: any) => e.response)
      expect(dup.status).toBe(422)
      expect(dup.data.message).toMatch(/^inn: a counterparty with INN 500100732259 already exists/)
      const other = await api.post(`/admin/b2b/legal-entities`, { name: "ООО", inn: "7707083893", kpp: "773601001" }, { headers: admin.headers })
      expect(other.status).toBe(201)
    })

    it("requisites change: document type and size checked, manager approves, requisites updated", async () => {
      const owner = await createCustomer(api, pk)
      const buyer = await createCustomer(api, pk)
      const le = await createCompany(api, admin.headers, [{ customer_id: owner.id, role: "owner" }, { customer_id: buyer.id, role: "buyer" }])
      const post = (h: Record<string, string>, body: FormData) => api.post(`/store/b2b/requisites-changes`, body, { headers: h })

      expect(await statusOf(post(buyer.headers(), form({ phone: "+7 495 000-00-00" }, { name: "a.pdf", body: PDF })))).toBe(403)
      const noDoc = await post(owner.headers(), form({ phone: "+7 495 000-00-00" })).catch((e: any) => e.response)
      expect(noDoc.status).toBe(400)
      expect(noDoc.data.message).toMatch(/^document/)
      const fake = await post(owner.headers(), form({ phone: "1" }, { name: "scan.pdf", body: Buffer.from("MZ\x90\x00 not a pdf") })).catch((e: any) => e.response)
      expect(fake.status).toBe(400)
      expect(fake.data.message).toMatch(/scan\.pdf/)
      const exe = await post(owner.headers(), form({ phone: "1" }, { name: "a.exe", body: PDF })).catch((e: any) => e.response)
      expect(exe.status).toBe(400)
      const badInn = await post(owner.headers(), form({ inn: "1234567890" }, { name: "a.pdf", body: PDF })).catch((e: any) => e.response)
      expect(badInn.status).toBe(400)
      expect(badInn.data.message).toMatch(/changes\.inn/)
      const big = await post(owner.headers(), form({ phone: "1" }, { name: "big.pdf", body: Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]) })).catch((e: any) => e.response)
      expect(big.status).toBe(400)
      expect(big.data.message).toMatch(/larger than/)

      const newAddress = `г. Москва, ул. ${uniq("Новая")}, д. 1`
      const ok = await post(owner.headers(), form({ legal_address: newAddress }, { name: "выписка.pdf", body: PDF }))
      expect(ok.status).toBe(201)
      const id = ok.data.requisites_change.id
      expect(await lastNotification(getContainer(), process.env.B2B_MANAGER_EMAIL || process.env.ADMIN_EMAIL || "manager@b2b-portal.local", "b2b-requisites-change")).toBeTruthy()
      // nothing changes before a manager decides
      expect((await api.get(`/store/b2b/company`, { headers: owner.headers() })).data.company.legal_address).not.toBe(newAddress)

      const pending = (await api.get(`/admin/b2b/requisites-changes?status=pending`, { headers: admin.headers })).data.requisites_changes
      expect(pending.map((r: any) => r.id)).toContain(id)
      await api.post(`/admin/b2b/requisites-changes/${id}/approve`, {}, { headers: admin.headers })
      expect((await api.get(`/store/b2b/company`, { headers: owner.headers() })).data.company.legal_address).toBe(newAddress)
      expect(await statusOf(api.post(`/admin/b2b/requisites-changes/${id}/reject`, {}, { headers: admin.headers }))).toBe(400)
      const mine = (await api.get(`/store/b2b/requisites-changes`, { headers: owner.headers() })).data.requisites_changes
      expect(mine.find((r: any) => r.id === id).status).toBe("approved")
      expect(le.id).toBeTruthy()
    })

    it("personal data: export includes memberships and consents; a deletion request is recorded", async () => {
      const owner = await createCustomer(api, pk)
      await createCompany(api, admin.headers, [{ customer_id: owner.id, role: "owner" }])
      const exp = (await api.get(`/store/b2b/personal-data`, { headers: owner.headers() })).data
      expect(exp.customer.email).toBe(owner.email)
      expect(exp.memberships).toHaveLength(1)
      const del = await api.post(`/store/b2b/personal-data`, {}, { headers: owner.headers() })
      expect(del.status).toBe(202)
      const audit = (await api.get(`/admin/b2b/audit-events?action=personal_data.deletion_requested`, { headers: admin.headers })).data.audit_events
      expect(audit.some((e: any) => e.actor_id === owner.id)).toBe(true)
      // own contact data through Medusa's customer route
      const upd = await api.post(`/store/customers/me`, { phone: "+7 900 000-00-01" }, { headers: owner.headers() })
      expect(upd.data.customer.phone).toBe("+7 900 000-00-01")
    })
  },
})
