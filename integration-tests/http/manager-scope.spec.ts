import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../src/modules/company"
import { createAdmin, createCompany, createCustomer, createPublishableKey, statusOf, uniq } from "../utils/b2b"

jest.setTimeout(600 * 1000)

/**
 * Managers see and change only the clients assigned to them (issue 15): Medusa's own order and customer
 * routes (lists filtered, by id 404), the B2B order status and the contract pricing. An executive sees all.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    async function world() {
      const c = getContainer()
      const exec = await createAdmin(c)
      await api.post(`/admin/b2b/managers`, { user_id: exec.user.id, kind: "executive" }, { headers: exec.headers })
      const m1 = await createAdmin(c)
      const m2 = await createAdmin(c)
      const pk = await createPublishableKey(c)
      const cA = await createCustomer(api, pk)
      const cB = await createCustomer(api, pk)
      const retail = await createCustomer(api, pk)
      const a = await createCompany(api, exec.headers, [{ customer_id: cA.id, role: "owner" }])
      const b = await createCompany(api, exec.headers, [{ customer_id: cB.id, role: "owner" }])
      await api.post(`/admin/b2b/managers`, { user_id: m1.user.id, kind: "manager", legal_entity_id: a.id }, { headers: exec.headers })
      await api.post(`/admin/b2b/managers`, { user_id: m2.user.id, kind: "manager", legal_entity_id: b.id }, { headers: exec.headers })
      const orders = c.resolve(Modules.ORDER)
      const mk = async (customer: { id: string; email: string }, le?: string) => {
        const o = await orders.createOrders({ email: customer.email, customer_id: customer.id, currency_code: "rub", status: "pending", items: [{ title: "Кабель", quantity: 1, unit_price: 100 }] } as any)
        if (le) await c.resolve(ContainerRegistrationKeys.LINK).create({ [COMPANY_MODULE]: { b2b_legal_entity_id: le }, [Modules.ORDER]: { order_id: o.id } })
        return o.id as string
      }
      const oA = await mk(cA, a.id)
      const oB = await mk(cB, b.id)
      const oR = await mk(retail) // a retail/guest order: every manager's to attach
      const priceType = (await api.post(`/admin/b2b/pricing/price-types`, { code: uniq("opt").toLowerCase(), name: "Оптовая" }, { headers: exec.headers })).data.price_type
      const agreement = (le: string) => ({ number: uniq("Д-"), name: "Договор поставки", legal_entity_id: le, price_type_id: priceType.id })
      const agreementB = (await api.post(`/admin/b2b/pricing/agreements`, agreement(b.id), { headers: exec.headers })).data.agreement
      const agreementA = (await api.post(`/admin/b2b/pricing/agreements`, agreement(a.id), { headers: exec.headers })).data.agreement
      return { exec, m1, m2, cA, cB, retail, a, b, oA, oB, oR, agreementA, agreementB, agreement }
    }

    it("Medusa's order and customer routes: lists hold only the manager's clients, another manager's by id is 404", async () => {
      const w = await world()
      const h = w.m1.headers
      const orderIds = (await api.get(`/admin/orders?limit=100&fields=id`, { headers: h })).data.orders.map((o: any) => o.id)
      expect(orderIds).toEqual(expect.arrayContaining([w.oA, w.oR]))
      expect(orderIds).not.toContain(w.oB)
      const customerIds = (await api.get(`/admin/customers?limit=100&fields=id`, { headers: h })).data.customers.map((x: any) => x.id)
      expect(customerIds).toEqual(expect.arrayContaining([w.cA.id, w.retail.id]))
      expect(customerIds).not.toContain(w.cB.id)

      const leaks: string[] = []
      const probe = async (what: string, p: Promise<any>) => {
        const s = await statusOf(p)
        if (s !== 404) leaks.push(`${what} → ${s}`)
      }
      await probe("GET /admin/orders/:id", api.get(`/admin/orders/${w.oB}`, { headers: h }))
      await probe("POST /admin/orders/:id", api.post(`/admin/orders/${w.oB}`, { email: "x@y.z" }, { headers: h }))
      await probe("GET /admin/orders/:id/preview", api.get(`/admin/orders/${w.oB}/preview`, { headers: h }))
      await probe("POST /admin/orders/:id/cancel", api.post(`/admin/orders/${w.oB}/cancel`, {}, { headers: h }))
      await probe("GET /admin/orders/:id/changes", api.get(`/admin/orders/${w.oB}/changes`, { headers: h }))
      await probe("POST /admin/order-edits", api.post(`/admin/order-edits`, { order_id: w.oB }, { headers: h }))
      await probe("POST /admin/returns", api.post(`/admin/returns`, { order_id: w.oB }, { headers: h }))
      await probe("GET /admin/customers/:id", api.get(`/admin/customers/${w.cB.id}`, { headers: h }))
      await probe("POST /admin/customers/:id", api.post(`/admin/customers/${w.cB.id}`, { first_name: "Взлом" }, { headers: h }))
      await probe("GET /admin/customers/:id/addresses", api.get(`/admin/customers/${w.cB.id}/addresses`, { headers: h }))
      await probe("GET /admin/b2b/orders/:id/status", api.get(`/admin/b2b/orders/${w.oB}/status`, { headers: h }))
      await probe("POST /admin/b2b/orders/:id/status", api.post(`/admin/b2b/orders/${w.oB}/status`, { code: "accepted" }, { headers: h }))
      await probe("GET /admin/b2b/orders/:id/shipments", api.get(`/admin/b2b/orders/${w.oB}/shipments`, { headers: h }))
      expect(leaks).toEqual([])
      // nothing changed on B's order
      const [order] = await getContainer().resolve(Modules.ORDER).listOrders({ id: w.oB } as any)
      expect(order.status).toBe("pending")

      // own clients' objects answer as before
      expect((await api.get(`/admin/orders/${w.oA}`, { headers: h })).status).toBe(200)
      expect((await api.get(`/admin/orders/${w.oR}`, { headers: h })).status).toBe(200)
      expect((await api.get(`/admin/customers/${w.cA.id}`, { headers: h })).status).toBe(200)
      expect((await api.get(`/admin/b2b/orders/${w.oA}/status`, { headers: h })).status).toBe(200)
      // the executive sees everything
      const all = (await api.get(`/admin/orders?limit=100&fields=id`, { headers: w.exec.headers })).data.orders.map((o: any) => o.id)
      expect(all).toEqual(expect.arrayContaining([w.oA, w.oB, w.oR]))
      expect((await api.get(`/admin/customers/${w.cB.id}`, { headers: w.exec.headers })).status).toBe(200)
      // the other manager sees B and not A
      expect((await api.get(`/admin/orders/${w.oB}`, { headers: w.m2.headers })).status).toBe(200)
      expect(await statusOf(api.get(`/admin/orders/${w.oA}`, { headers: w.m2.headers }))).toBe(404)
    })

    it("contract pricing: another manager's client's agreements are 404, global pricing is the executive's to change", async () => {
      const w = await world()
      const h = w.m1.headers
      const listed = (await api.get(`/admin/b2b/pricing/agreements?limit=200`, { headers: h })).data.agreements.map((x: any) => x.id)
      expect(listed).toContain(w.agreementA.id)
      expect(listed).not.toContain(w.agreementB.id)
      expect(await statusOf(api.get(`/admin/b2b/pricing/agreements/${w.agreementB.id}`, { headers: h }))).toBe(404)
      expect(await statusOf(api.post(`/admin/b2b/pricing/agreements/${w.agreementB.id}`, { name: "Взлом" }, { headers: h }))).toBe(404)
      expect(await statusOf(api.delete(`/admin/b2b/pricing/agreements/${w.agreementB.id}`, { headers: h }))).toBe(404)
      expect(await statusOf(api.post(`/admin/b2b/pricing/agreements`, w.agreement(w.b.id), { headers: h }))).toBe(404)
      // an own agreement cannot be handed to another manager's client
      expect(await statusOf(api.post(`/admin/b2b/pricing/agreements/${w.agreementA.id}`, { legal_entity_id: w.b.id }, { headers: h }))).toBe(404)
      // price lists of B (through its agreement) and their rules are as invisible
      const listB = (await api.post(`/admin/b2b/pricing/price-lists`, { name: uniq("Прайс Б "), agreement_id: w.agreementB.id }, { headers: w.exec.headers })).data.price_list
      expect(await statusOf(api.get(`/admin/b2b/pricing/price-lists/${listB.id}`, { headers: h }))).toBe(404)
      expect((await api.get(`/admin/b2b/pricing/price-lists?limit=200`, { headers: h })).data.price_lists.map((x: any) => x.id)).not.toContain(listB.id)
      // global pricing: readable, written by executives only
      expect((await api.get(`/admin/b2b/pricing/price-types`, { headers: h })).status).toBe(200)
      expect(await statusOf(api.post(`/admin/b2b/pricing/price-types`, { code: uniq("t").toLowerCase(), name: "Тип" }, { headers: h }))).toBe(403)
      // own client's pricing: full access
      expect((await api.post(`/admin/b2b/pricing/agreements/${w.agreementA.id}`, { name: "Договор А (изм.)" }, { headers: h })).status).toBe(200)
      expect((await api.post(`/admin/b2b/pricing/agreements`, w.agreement(w.a.id), { headers: h })).status).toBe(201)
    })
  },
})
