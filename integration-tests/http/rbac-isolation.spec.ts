import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { STORE_PERMISSION_ROUTES } from "../../src/api/store-permissions"
import { COMPANY_MODULE } from "../../src/modules/company"
import { createAdmin, createCompany, createCustomer, createPublishableKey, statusOf, uniq } from "../utils/b2b"

jest.setTimeout(900 * 1000)

/** Bodies that pass validation, so an allowed request never stops at 403 for a body reason. */
const bodyFor = (matcher: string): Record<string, unknown> | undefined => {
  if (matcher === "/store/b2b/roles") return { code: uniq("r").toLowerCase().replace(/[^a-z0-9_]/g, "_").slice(0, 30), name: "Роль", permissions: ["catalog.view"] }
  if (matcher === "/store/b2b/roles/:id") return { name: "Роль 2" }
  if (matcher === "/store/b2b/invitations") return { email: `${uniq("m")}@test.local`, role_id: "role_viewer" }
  if (matcher === "/store/b2b/employees/:id") return { position: "Снабженец" }
  if (matcher.endsWith("/restore") || matcher.endsWith("/reorder")) return { cart_id: "cart_unknown" }
  return {}
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

    /** Ids of objects owned by a company, to fill `:id` in the route table. */
    async function objectsOf(owner: Awaited<ReturnType<typeof createCustomer>>, leId: string) {
      const colleague = await createCustomer(api, pk)
      await api.post(`/admin/b2b/legal-entities/${leId}/employees`, { customer_id: colleague.id, role_id: "role_viewer" }, { headers: admin.headers })
      const emps = (await api.get(`/admin/b2b/legal-entities/${leId}/employees`, { headers: admin.headers })).data.employees
      const employee = emps.find((e: any) => e.customer_id === colleague.id).id
      const role = (await api.post(`/store/b2b/roles`, { code: uniq("c").toLowerCase().slice(0, 20), name: "Кладовщик", permissions: ["catalog.view"] }, { headers: owner.headers(leId) })).data.role.id
      const invitation = (await api.post(`/store/b2b/invitations`, { email: `${uniq("i")}@test.local`, role_id: "role_viewer" }, { headers: owner.headers(leId) })).data.invitation.id
      // Fixture order straight through the order module (what 1C's offline orders also become).
      const order = await getContainer().resolve(Modules.ORDER).createOrders({
        email: owner.email, customer_id: owner.id, currency_code: "rub", status: "pending",
        items: [{ title: "Кабель ВВГнг 3x2.5", quantity: 10, unit_price: 95.5 }],
      } as any)
      await getContainer().resolve(ContainerRegistrationKeys.LINK).create({
        [COMPANY_MODULE]: { b2b_legal_entity_id: leId },
        [Modules.ORDER]: { order_id: order.id },
      })
      const priceList = (await api.post(`/store/b2b/price-lists`, {}, { headers: owner.headers(leId) })).data.price_list.id
      const [saved] = await getContainer().resolve<any>("ordering").createOrdSavedCarts([
        { legal_entity_id: leId, customer_id: owner.id, name: "Ежемесячный", kind: "template", is_shared: true, items: [], item_count: 0 },
      ])
      const doc = await getContainer().resolve<any>("documents").createDocDocuments({ type: "agreement", number: uniq("Д-"), date: new Date(), legal_entity_id: leId, source: "manager", status: "ready" })
      return { employee, role, invitation, order: order.id, priceList, savedCart: saved.id as string, document: doc.id as string }
    }

    const fill = (matcher: string, ids: { employee: string; role: string; invitation: string; order: string; priceList: string; savedCart: string; document: string }) =>
      matcher
        .replace("/documents/:id", `/documents/${ids.document}`)
        .replace("/saved-carts/:id", `/saved-carts/${ids.savedCart}`)
        .replace("/price-lists/:id", `/price-lists/${ids.priceList}`)
        .replace("/employees/:id", `/employees/${ids.employee}`)
        .replace("/roles/:id", `/roles/${ids.role}`)
        .replace("/invitations/:id", `/invitations/${ids.invitation}`)
        .replace("/orders/:id", `/orders/${ids.order}`)

    function call(method: string, path: string, headers: Record<string, string>, body?: unknown) {
      if (method === "GET") return api.get(path, { headers })
      if (method === "DELETE") return api.delete(path, { headers })
      return api.post(path, body ?? {}, { headers })
    }

    // The roles × endpoints test that stood here (literal `:id` on 13 of its routes, the owner role only on the
    // foreign side, anything but 403/5xx counted as allowed) is replaced by authorization-matrix.spec.ts, which
    // takes every /store route from the route inventory with real ids for every role and a custom one.

    it("another company's ids are 404 on every scoped endpoint, and lists never include them", async () => {
      const ownerA = await createCustomer(api, pk)
      const ownerB = await createCustomer(api, pk)
      const a = await createCompany(api, admin.headers, [{ customer_id: ownerA.id, role: "owner" }])
      const b = await createCompany(api, admin.headers, [{ customer_id: ownerB.id, role: "owner" }])
      const idsB = await objectsOf(ownerB, b.id)
      const idsA = await objectsOf(ownerA, a.id)
      const scoped = STORE_PERMISSION_ROUTES.filter((r) => r.matcher.includes(":id"))
      const leaks: string[] = []
      for (const route of scoped) {
        const status = await statusOf(call(route.method, fill(route.matcher, idsB), ownerA.headers(a.id), bodyFor(route.matcher)))
        if (status !== 404) leaks.push(`${route.method} ${route.matcher} → ${status}`)
      }
      // Medusa's own order route is public by id; ours guards it.
      for (const p of [`/store/orders/${idsB.order}`]) {
        const status = await statusOf(api.get(p, { headers: ownerA.headers(a.id) }))
        if (status !== 404) leaks.push(`GET ${p} → ${status}`)
      }
      expect(leaks).toEqual([])
      // own objects are reachable through the same routes
      expect((await api.get(`/store/b2b/orders/${idsA.order}`, { headers: ownerA.headers(a.id) })).status).toBe(200)
      expect((await api.get(`/store/orders/${idsA.order}`, { headers: ownerA.headers(a.id) })).status).toBe(200)
      // the order is not visible to its own customer while acting for another company either
      await api.post(`/admin/b2b/legal-entities/${b.id}/employees`, { customer_id: ownerA.id, role_id: "role_owner" }, { headers: admin.headers })
      expect(await statusOf(api.get(`/store/orders/${idsA.order}`, { headers: ownerA.headers(b.id) }))).toBe(404)

      const lists: [string, string][] = [
        ["/store/b2b/employees", "employees"],
        ["/store/b2b/roles", "roles"],
        ["/store/b2b/invitations", "invitations"],
        ["/store/b2b/orders", "orders"],
      ]
      for (const [path, key] of lists) {
        const rows = (await api.get(path, { headers: ownerA.headers(a.id) })).data[key] as { id: string }[]
        const foreign = Object.values(idsB)
        expect(rows.filter((r) => foreign.includes(r.id))).toEqual([])
        expect(rows.length).toBeGreaterThan(0)
      }
    })

    it("a buyer sees only own orders unless the role has orders.view_all", async () => {
      const owner = await createCustomer(api, pk)
      const buyer = await createCustomer(api, pk)
      const accountant = await createCustomer(api, pk)
      const le = await createCompany(api, admin.headers, [
        { customer_id: owner.id, role: "owner" },
        { customer_id: buyer.id, role: "buyer" },
        { customer_id: accountant.id, role: "accountant" },
      ])
      const ownerIds = await objectsOf(owner, le.id)
      const buyerOrders = (await api.get(`/store/b2b/orders`, { headers: buyer.headers() })).data.orders
      expect(buyerOrders.map((o: any) => o.id)).not.toContain(ownerIds.order)
      expect(await statusOf(api.get(`/store/b2b/orders/${ownerIds.order}`, { headers: buyer.headers() }))).toBe(404)
      const accOrders = (await api.get(`/store/b2b/orders`, { headers: accountant.headers() })).data.orders
      expect(accOrders.map((o: any) => o.id)).toContain(ownerIds.order)
    })
  },
})
