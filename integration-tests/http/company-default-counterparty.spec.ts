import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdmin, createCompany, createCustomer, storefrontKey } from "../utils/b2b"

jest.setTimeout(300 * 1000)

/** The error of a request expected to fail. */
const refusal = async (p: Promise<any>) => {
  try {
    const r = await p
    throw new Error(`expected a refusal, got ${r.status}`)
  } catch (e: any) {
    if (!e.response) throw e
    return { status: e.response.status as number, message: String(e.response.data?.message ?? "") }
  }
}

/** A buyer of two counterparties chooses the one he acts for by default (POST /store/b2b/me). */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("sets the default counterparty among one's own memberships; another company's or an unknown id is 404; a colleague's default is not set for him", async () => {
      const c = getContainer()
      const admin = await createAdmin(c)
      const { pk } = await storefrontKey(c)
      const buyer = await createCustomer(api, pk)
      const colleague = await createCustomer(api, pk)
      const stranger = await createCustomer(api, pk)
      const first = await createCompany(api, admin.headers, [{ customer_id: buyer.id, role: "owner" }, { customer_id: colleague.id, role: "buyer" }])
      const second = await createCompany(api, admin.headers, [{ customer_id: buyer.id, role: "viewer" }])
      const other = await createCompany(api, admin.headers, [{ customer_id: stranger.id, role: "owner" }])
      await createCompany(api, admin.headers, [{ customer_id: colleague.id, role: "owner" }])

      // signed in without choosing: the first membership is the default
      const before = (await api.get(`/store/b2b/me`, { headers: buyer.headers() })).data
      expect(before.active_counterparty.legal_entity_id).toBe(first.id)

      // even a viewer there may choose it: it is the person's own setting
      const res = await api.post(`/store/b2b/me`, { default_legal_entity_id: second.id }, { headers: buyer.headers() })
      expect(res.status).toBe(200)
      expect(res.data.memberships.filter((m: any) => m.is_default).map((m: any) => m.legal_entity_id)).toEqual([second.id])
      // the next request without a chosen counterparty acts for it
      const after = (await api.get(`/store/b2b/me`, { headers: buyer.headers() })).data
      expect(after.active_counterparty.legal_entity_id).toBe(second.id)
      expect(after.memberships.find((m: any) => m.legal_entity_id === first.id).is_default).toBe(false)

      // not one's own: another company's real id, an unknown id → 404, nothing changed
      for (const id of [other.id, "lent_does_not_exist"]) {
        const r = await refusal(api.post(`/store/b2b/me`, { default_legal_entity_id: id }, { headers: buyer.headers() }))
        expect(r.status).toBe(404)
        expect(r.message).toContain(id)
      }
      // not signed in: 401 before the body is looked at
      expect((await refusal(api.post(`/store/b2b/me`, {}, { headers: { "x-publishable-api-key": pk } }))).status).toBe(401)
      // bad input names the field
      const bad = await refusal(api.post(`/store/b2b/me`, { default_legal_entity_id: "" }, { headers: buyer.headers() }))
      expect(bad.status).toBe(400)
      expect(bad.message).toMatch(/default_legal_entity_id/)
      expect((await refusal(api.post(`/store/b2b/me`, { default_legal_entity_id: first.id, x: 1 }, { headers: buyer.headers() }))).status).toBe(400)
      expect((await api.get(`/store/b2b/me`, { headers: buyer.headers() })).data.active_counterparty.legal_entity_id).toBe(second.id)

      // the employees route no longer drops is_default silently: a colleague's default is refused naming it
      const colleagueRow = (await api.get(`/store/b2b/employees`, { headers: buyer.headers(first.id) })).data.employees.find((e: any) => e.customer_id === colleague.id)
      const forColleague = await refusal(api.post(`/store/b2b/employees/${colleagueRow.id}`, { is_default: true }, { headers: buyer.headers(first.id) }))
      expect(forColleague.status).toBe(400)
      expect(forColleague.message).toMatch(/is_default/)
      // … and one's own membership there may be made the default
      const own = (await api.get(`/store/b2b/employees`, { headers: buyer.headers(first.id) })).data.employees.find((e: any) => e.customer_id === buyer.id)
      await api.post(`/store/b2b/employees/${own.id}`, { is_default: true }, { headers: buyer.headers(first.id) })
      expect((await api.get(`/store/b2b/me`, { headers: buyer.headers() })).data.active_counterparty.legal_entity_id).toBe(first.id)
    })
  },
})
