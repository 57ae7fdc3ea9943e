import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { AUDIT_MODULE } from "../../src/modules/audit"
import {
  createAdmin, createCompany, createCustomer, createPublishableKey, lastNotification, randomInn, statusOf, tokenFromLink, uniq,
} from "../utils/b2b"

jest.setTimeout(120 * 1000)

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

    describe("acting context", () => {
      it("shows memberships and switches counterparty; an unknown counterparty is 404", async () => {
        const c = await createCustomer(api, pk)
        const a = await createCompany(api, admin.headers, [{ customer_id: c.id, role: "owner" }])
        const b = await createCompany(api, admin.headers, [{ customer_id: c.id, role: "viewer" }])
        const me = (await api.get(`/store/b2b/me`, { headers: c.headers() })).data
        expect(me.memberships.map((m: any) => m.legal_entity_id).sort()).toEqual([a.id, b.id].sort())
        expect(me.active_counterparty.legal_entity_id).toBe(a.id) // the first membership became default
        expect(me.permissions).toContain("users.manage")
        const asB = (await api.get(`/store/b2b/me`, { headers: c.headers(b.id) })).data
        expect(asB.active_counterparty.legal_entity_id).toBe(b.id)
        expect(asB.permissions).toEqual(["catalog.view", "company.view"])
        const other = await createCompany(api, admin.headers, [])
        expect(await statusOf(api.get(`/store/b2b/me`, { headers: c.headers(other.id) }))).toBe(404)
      })

      it("refuses a customer who belongs to no company", async () => {
        const c = await createCustomer(api, pk)
        expect(await statusOf(api.get(`/store/b2b/me`, { headers: c.headers() }))).toBe(403)
        expect(await statusOf(api.get(`/store/b2b/me`, { headers: { "x-publishable-api-key": pk } }))).toBe(401)
      })
    })

    describe("invitations", () => {
      it("owner invites, invitee sets a password and gets the role; the token cannot be reused", async () => {
        const owner = await createCustomer(api, pk)
        const le = await createCompany(api, admin.headers, [{ customer_id: owner.id, role: "owner" }])
        const email = `${uniq("inv")}@test.local`
        const inv = await api.post(`/store/b2b/invitations`, { email, role_id: "role_buyer" }, { headers: owner.headers() })
        expect(inv.status).toBe(201)
        expect(JSON.stringify(inv.data)).not.toMatch(/token/)
        const note = await lastNotification(getContainer(), email, "b2b-invitation")
        expect(note?.data.company_name).toBe(le.name)
        const token = tokenFromLink(note!.data.link)

        const look = await api.get(`/store/b2b/invitations/lookup?token=${encodeURIComponent(token)}`, { headers: { "x-publishable-api-key": pk } })
        expect(look.data.invitation).toEqual(expect.objectContaining({ email, company_name: le.name, account_exists: false }))

        const accepted = await api.post(
          `/store/b2b/invitations/accept`,
          { token, password: "newpassword1", first_name: "Анна", last_name: "Смирнова", consent: true },
          { headers: { "x-publishable-api-key": pk } }
        )
        expect(accepted.status).toBe(201)
        const login = await api.post(`/auth/customer/emailpass`, { email, password: "newpassword1" })
        const me = (await api.get(`/store/b2b/me`, { headers: { authorization: `Bearer ${login.data.token}`, "x-publishable-api-key": pk } })).data
        expect(me.active_counterparty).toEqual(expect.objectContaining({ legal_entity_id: le.id, role_code: "buyer" }))

        const again = await api
          .post(`/store/b2b/invitations/accept`, { token, password: "newpassword1", consent: true }, { headers: { "x-publishable-api-key": pk } })
          .catch((e: any) => e.response)
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/already been used/)

        const events = await getContainer().resolve<any>(AUDIT_MODULE).listB2bAuditEvents({ action: "invitation.accepted", legal_entity_id: le.id })
        expect(events).toHaveLength(1)
      })

      it("expired and revoked tokens get a clear 4xx; a buyer cannot invite", async () => {
        const owner = await createCustomer(api, pk)
        const buyer = await createCustomer(api, pk)
        const le = await createCompany(api, admin.headers, [{ customer_id: owner.id, role: "owner" }, { customer_id: buyer.id, role: "buyer" }])
        expect(await statusOf(api.post(`/store/b2b/invitations`, { email: "x@test.local", role_id: "role_buyer" }, { headers: buyer.headers() }))).toBe(403)

        const e1 = `${uniq("exp")}@test.local`
        const inv1 = (await api.post(`/store/b2b/invitations`, { email: e1, role_id: "role_viewer" }, { headers: owner.headers() })).data.invitation
        const company = getContainer().resolve<any>("company")
        await company.updateB2bInvitations({ id: inv1.id, expires_at: new Date(Date.now() - 1000) })
        const t1 = tokenFromLink((await lastNotification(getContainer(), e1, "b2b-invitation"))!.data.link)
        const r1 = await api.post(`/store/b2b/invitations/accept`, { token: t1, password: "password123", consent: true }, { headers: { "x-publishable-api-key": pk } }).catch((e: any) => e.response)
        expect(r1.status).toBe(400)
        expect(r1.data.message).toMatch(/expired/)

        const e2 = `${uniq("rev")}@test.local`
        const inv2 = (await api.post(`/store/b2b/invitations`, { email: e2, role_id: "role_viewer" }, { headers: owner.headers() })).data.invitation
        await api.post(`/store/b2b/invitations/${inv2.id}/revoke`, {}, { headers: owner.headers() })
        const t2 = tokenFromLink((await lastNotification(getContainer(), e2, "b2b-invitation"))!.data.link)
        const r2 = await api.post(`/store/b2b/invitations/accept`, { token: t2, password: "password123", consent: true }, { headers: { "x-publishable-api-key": pk } }).catch((e: any) => e.response)
        expect(r2.status).toBe(400)
        expect(r2.data.message).toMatch(/revoked/)
        const list = (await api.get(`/store/b2b/invitations`, { headers: owner.headers() })).data.invitations
        expect(list.find((i: any) => i.id === inv1.id).status).toBe("expired")
        expect(list.find((i: any) => i.id === inv2.id).status).toBe("revoked")
        expect(le.id).toBeTruthy()
      })
    })

    describe("registration requests", () => {
      it("a manager accepts (company created, applicant invited as owner) or refuses (applicant told why)", async () => {
        const email = `${uniq("apply")}@test.local`
        const inn = randomInn()
        const created = await api.post(
          `/store/b2b/registration-requests`,
          { inn, company_name: "ООО Ромашка", contact_name: "Сергей", email, consent: true },
          { headers: { "x-publishable-api-key": pk } }
        )
        expect(created.status).toBe(201)
        expect((await lastNotification(getContainer(), email, "b2b-registration-received"))).toBeTruthy()
        const bad = await api
          .post(`/store/b2b/registration-requests`, { inn: "1234567890", company_name: "X", contact_name: "Y", email, consent: true }, { headers: { "x-publishable-api-key": pk } })
          .catch((e: any) => e.response)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/inn/i)

        const id = created.data.registration_request.id
        const acc = await api.post(`/admin/b2b/registration-requests/${id}/accept`, {}, { headers: admin.headers })
        expect(acc.data.result.legal_entity_id).toBeTruthy()
        const le = (await api.get(`/admin/b2b/legal-entities/${acc.data.result.legal_entity_id}`, { headers: admin.headers })).data.legal_entity
        expect(le.inn).toBe(inn)
        const inviteMail = await lastNotification(getContainer(), email, "b2b-invitation")
        expect(inviteMail?.data.role_name).toMatch(/Руководитель/)
        expect(await statusOf(api.post(`/admin/b2b/registration-requests/${id}/refuse`, {}, { headers: admin.headers }))).toBe(400)

        const email2 = `${uniq("apply")}@test.local`
        const r2 = await api.post(
          `/store/b2b/registration-requests`,
          { inn: randomInn(), company_name: "ООО Лютик", contact_name: "Олег", email: email2, consent: true },
          { headers: { "x-publishable-api-key": pk } }
        )
        await api.post(`/admin/b2b/registration-requests/${r2.data.registration_request.id}/refuse`, { reason: "Нет договора" }, { headers: admin.headers })
        const refusal = await lastNotification(getContainer(), email2, "b2b-registration-refused")
        expect(refusal?.data.reason).toBe("Нет договора")
      })
    })

    describe("managers and impersonation", () => {
      it("a manager sees only assigned companies; impersonation and writes made with it are audited", async () => {
        const exec = admin
        const mgr = await createAdmin(getContainer())
        await api.post(`/admin/b2b/managers`, { user_id: exec.user.id, kind: "executive" }, { headers: exec.headers })
        const c1 = await createCustomer(api, pk)
        const mine = await createCompany(api, exec.headers, [{ customer_id: c1.id, role: "owner" }])
        const notMine = await createCompany(api, exec.headers, [])
        await api.post(`/admin/b2b/managers`, { user_id: mgr.user.id, kind: "manager", legal_entity_id: mine.id }, { headers: exec.headers })

        const list = (await api.get(`/admin/b2b/legal-entities?limit=200`, { headers: mgr.headers })).data.legal_entities.map((l: any) => l.id)
        expect(list).toContain(mine.id)
        expect(list).not.toContain(notMine.id)
        expect(await statusOf(api.get(`/admin/b2b/legal-entities/${notMine.id}`, { headers: mgr.headers }))).toBe(404)
        expect(await statusOf(api.post(`/admin/b2b/legal-entities/${notMine.id}`, { name: "hack" }, { headers: mgr.headers }))).toBe(404)
        expect(await statusOf(api.post(`/admin/b2b/managers`, { user_id: mgr.user.id, kind: "executive" }, { headers: mgr.headers }))).toBe(400)
        expect(await statusOf(api.post(`/admin/b2b/impersonations`, { customer_id: c1.id, legal_entity_id: notMine.id }, { headers: mgr.headers }))).toBe(404)

        const imp = (await api.post(`/admin/b2b/impersonations`, { customer_id: c1.id, legal_entity_id: mine.id, reason: "помочь с заказом" }, { headers: mgr.headers })).data.impersonation
        const h = { authorization: `Bearer ${imp.token}`, "x-publishable-api-key": pk }
        const me = (await api.get(`/store/b2b/me`, { headers: h })).data
        expect(me.impersonated_by).toBe(mgr.user.id)
        await api.post(`/store/b2b/invitations`, { email: `${uniq("imp")}@test.local`, role_id: "role_viewer" }, { headers: h })
        // the write audit is recorded after the response is sent
        await new Promise((r) => setTimeout(r, 500))
        const audit = (await api.get(`/admin/b2b/audit-events?impersonator_user_id=${mgr.user.id}`, { headers: mgr.headers })).data.audit_events
        const actions = audit.map((e: any) => e.action)
        expect(actions).toContain("impersonation.started")
        expect(actions).toContain("impersonation.write")
        const w = audit.find((e: any) => e.action === "impersonation.write")
        expect(w.resource_id).toBe("POST /store/b2b/invitations")
        expect(w.actor_id).toBe(c1.id)

        // disabling an employee takes effect at once and is audited
        const c2 = await createCustomer(api, pk)
        await api.post(`/admin/b2b/legal-entities/${mine.id}/employees`, { customer_id: c2.id, role_id: "role_buyer" }, { headers: mgr.headers })
        const emps = (await api.get(`/admin/b2b/legal-entities/${mine.id}/employees`, { headers: mgr.headers })).data.employees
        const e2 = emps.find((e: any) => e.customer_id === c2.id)
        await api.post(`/admin/b2b/employees/${e2.id}`, { status: "disabled" }, { headers: mgr.headers })
        expect(await statusOf(api.get(`/store/b2b/me`, { headers: c2.headers() }))).toBe(403)
        const dis = (await api.get(`/admin/b2b/audit-events?action=employee.disabled`, { headers: mgr.headers })).data.audit_events
        expect(dis.some((e: any) => e.resource_id === e2.id)).toBe(true)
      })

      it("keeps at least one user manager per company", async () => {
        const owner = await createCustomer(api, pk)
        const le = await createCompany(api, admin.headers, [{ customer_id: owner.id, role: "owner" }])
        const emps = (await api.get(`/admin/b2b/legal-entities/${le.id}/employees`, { headers: admin.headers })).data.employees
        const res = await api.post(`/admin/b2b/employees/${emps[0].id}`, { role_id: "role_viewer" }, { headers: admin.headers }).catch((e: any) => e.response)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/users.manage/)
      })
    })
  },
})
