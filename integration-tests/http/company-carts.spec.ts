import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { linkOrderToCounterpartyWorkflow } from "../../src/workflows/company/workflows/link-order-to-counterparty"
import { createAdmin, createCompany, createCustomer, statusOf } from "../utils/b2b"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let pk: string
    let regionId: string

    beforeEach(async () => {
      const c = getContainer()
      admin = await createAdmin(c)
      const sc = await c.resolve(Modules.SALES_CHANNEL).createSalesChannels({ name: "B2B" })
      const key = await c.resolve(Modules.API_KEY).createApiKeys({ title: "sf", type: "publishable", created_by: "test" })
      await c.resolve(ContainerRegistrationKeys.LINK).create({ [Modules.API_KEY]: { publishable_key_id: key.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: sc.id } })
      pk = key.token
      const region = await c.resolve(Modules.REGION).createRegions({ name: "Россия", currency_code: "rub", countries: ["ru"] })
      regionId = region.id
    })

    it("a cart belongs to its customer and counterparty; everyone else gets 404; viewers cannot create one", async () => {
      const a = await createCustomer(api, pk)
      const b = await createCustomer(api, pk)
      const viewer = await createCustomer(api, pk)
      const leA = await createCompany(api, admin.headers, [{ customer_id: a.id, role: "buyer" }, { customer_id: viewer.id, role: "viewer" }])
      const leA2 = await createCompany(api, admin.headers, [{ customer_id: a.id, role: "buyer" }])
      await createCompany(api, admin.headers, [{ customer_id: b.id, role: "owner" }])

      // a client-supplied counterparty in additional_data is ignored: the server's acting context wins
      const cart = (await api.post(`/store/carts`, { region_id: regionId, additional_data: { b2b_legal_entity_id: leA2.id } }, { headers: a.headers(leA.id) })).data.cart
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "cart", fields: ["id", "b2b_legal_entity.id"], filters: { id: cart.id } })
      expect((data[0] as any).b2b_legal_entity.id).toBe(leA.id)

      expect((await api.get(`/store/carts/${cart.id}`, { headers: a.headers(leA.id) })).status).toBe(200)
      expect(await statusOf(api.get(`/store/carts/${cart.id}`, { headers: b.headers() }))).toBe(404)
      expect(await statusOf(api.get(`/store/carts/${cart.id}`, { headers: { "x-publishable-api-key": pk } }))).toBe(404)
      expect(await statusOf(api.post(`/store/carts/${cart.id}`, { email: "x@y.z" }, { headers: b.headers() }))).toBe(404)
      // the same person acting for another of their companies does not see this company's cart
      expect(await statusOf(api.get(`/store/carts/${cart.id}`, { headers: a.headers(leA2.id) }))).toBe(404)
      expect(await statusOf(api.post(`/store/carts`, { region_id: regionId }, { headers: viewer.headers(leA.id) }))).toBe(403)
    })

    it("a placed order is linked to the counterparty of its cart", async () => {
      const a = await createCustomer(api, pk)
      const le = await createCompany(api, admin.headers, [{ customer_id: a.id, role: "buyer" }])
      const cart = (await api.post(`/store/carts`, { region_id: regionId }, { headers: a.headers() })).data.cart
      const c = getContainer()
      const order = await c.resolve(Modules.ORDER).createOrders({ email: a.email, customer_id: a.id, currency_code: "rub", items: [{ title: "Автомат 16А", quantity: 12, unit_price: 210 }] } as any)
      await c.resolve(ContainerRegistrationKeys.LINK).create({ [Modules.ORDER]: { order_id: order.id }, [Modules.CART]: { cart_id: cart.id } })
      await linkOrderToCounterpartyWorkflow(c).run({ input: { order_id: order.id } })
      await linkOrderToCounterpartyWorkflow(c).run({ input: { order_id: order.id } }) // idempotent
      const list = (await api.get(`/store/b2b/orders`, { headers: a.headers() })).data.orders
      expect(list.map((o: any) => o.id)).toEqual([order.id])
      expect((await api.get(`/store/b2b/orders/${order.id}`, { headers: a.headers() })).data.order.b2b_legal_entity.id).toBe(le.id)
    })
  },
})
