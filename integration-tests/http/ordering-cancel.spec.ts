import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ONE_C_MODULE } from "../../src/modules/one-c"
import { createAdmin, createCompany, createCustomer, rubRegion, setupShipping, statusOf, storefrontKey, until } from "../utils/b2b"

jest.setTimeout(600 * 1000)

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

/** POST /store/b2b/orders/:id/cancel: a buyer with orders.cancel cancels an order that is still new. */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let pk: string
    let regionId: string
    let optionId: string
    let variantId: string
    let inventoryItemId: string

    beforeEach(async () => {
      const c = getContainer()
      admin = await createAdmin(c)
      const sf = await storefrontKey(c)
      pk = sf.pk
      regionId = await rubRegion(c)
      const [loc] = await c.resolve(Modules.STOCK_LOCATION).createStockLocations([{ name: "Склад Москва" }])
      await c.resolve(ContainerRegistrationKeys.LINK).create({ [Modules.SALES_CHANNEL]: { sales_channel_id: sf.sc.id }, [Modules.STOCK_LOCATION]: { stock_location_id: loc.id } })
      const ship = await setupShipping(c, loc.id)
      optionId = ship.shippingOptionId
      const { result } = await createProductsWorkflow(c).run({
        input: {
          products: [{ title: "Автомат ВА47-29", status: "published", shipping_profile_id: ship.shippingProfileId, sales_channels: [{ id: sf.sc.id }], options: [{ title: "Ток", values: ["16А"] }],
            variants: [{ title: "16А", sku: "VA47-16-CN", options: { Ток: "16А" }, manage_inventory: true, prices: [{ amount: 1000, currency_code: "rub" }] }] }],
        },
      })
      variantId = result[0].variants[0].id
      const { data } = await c.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variantId } })
      inventoryItemId = (data[0] as any).inventory_items[0].inventory_item_id
      await c.resolve(Modules.INVENTORY).createInventoryLevels([{ inventory_item_id: inventoryItemId, location_id: loc.id, stocked_quantity: 100 }])
    })

    /** An order of `pieces` × 1 000 ₽ (+ 500 ₽ delivery) placed by this member. */
    async function place(h: Record<string, string>, pieces: number) {
      const cart = (await api.post(`/store/carts`, { region_id: regionId, items: [{ variant_id: variantId, quantity: pieces }] }, { headers: h })).data.cart
      await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: optionId }, { headers: h })
      const pc = (await api.post(`/store/payment-collections`, { cart_id: cart.id }, { headers: h })).data.payment_collection
      await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: h })
      return (await api.post(`/store/carts/${cart.id}/complete`, {}, { headers: h })).data.order as { id: string; items: { id: string }[] }
    }
    const reserved = async (order: { items: { id: string }[] }) =>
      (await getContainer().resolve(Modules.INVENTORY).listReservationItems({ line_item_id: order.items.map((i) => i.id) })).reduce((a: number, r: any) => a + Number(r.quantity), 0)

    it("a new order: cancelled by its buyer — credit exposure released, reservation gone, status «Отменен» for 1C, push re-queued; then refused", async () => {
      const owner = await createCustomer(api, pk)
      const accountant = await createCustomer(api, pk)
      const a = await createCompany(api, admin.headers, [{ customer_id: owner.id, role: "owner" }, { customer_id: accountant.id, role: "accountant" }])
      const h = owner.headers(a.id)
      await api.post(`/admin/b2b/credit/accounts`, { legal_entity_id: a.id, credit_limit: "100000" }, { headers: admin.headers })
      const credit = async () => (await api.get(`/store/b2b/credit`, { headers: h })).data.credit
      const order = await place(h, 3)
      // the order takes its credit (3 × 1 000 + 500 delivery) and its stock
      await until(async () => (await credit()).open_orders === "3500.00", "credit exposure of the order")
      expect(await credit()).toEqual(expect.objectContaining({ open_orders: "3500.00", available: "96500.00" }))
      expect(await reserved(order)).toBe(3)
      await until(async () => (await api.get(`/store/b2b/orders/${order.id}`, { headers: h })).data.order.b2b_status?.code === "new", "status new")
      // the order was pushed to 1C before (an outbox entry sent)
      const onec = getContainer().resolve<any>(ONE_C_MODULE)
      const [entry] = await onec.listOnecOutboxes({ order_id: order.id })
      const outbox = entry ?? (await onec.createOnecOutboxes({ order_id: order.id, status: "sent", attempts: 1, next_attempt_at: new Date(), sent_at: new Date() }))
      await onec.updateOnecOutboxes({ id: outbox.id, status: "sent", attempts: 1, sent_at: new Date() })

      // the order page says it can be cancelled — to a member with orders.cancel only
      const read = (await api.get(`/store/b2b/orders/${order.id}`, { headers: h })).data.order
      expect([read.can_cancel, read.cancel_refusal]).toEqual([true, null])
      expect((await api.get(`/store/b2b/orders/${order.id}`, { headers: accountant.headers(a.id) })).data.order.can_cancel).toBe(false)

      const res = await api.post(`/store/b2b/orders/${order.id}/cancel`, {}, { headers: h })
      expect(res.data).toEqual({ order_id: order.id, status: "canceled", canceled: true })
      // credit given back at once, stock released, Medusa's order cancelled
      expect(await credit()).toEqual(expect.objectContaining({ open_orders: "0.00", available: "100000.00" }))
      expect(await reserved(order)).toBe(0)
      const [medusaOrder] = await getContainer().resolve(Modules.ORDER).listOrders({ id: order.id })
      expect(medusaOrder.status).toBe("canceled")
      // 1C: the B2B status changed on the portal (mode=query offers the order with «Отменен»); the push is due again
      const status = (await api.get(`/admin/b2b/orders/${order.id}/status`, { headers: admin.headers })).data.b2b_status
      expect(status.status.code).toBe("canceled")
      expect(status.history.at(-1)).toEqual(expect.objectContaining({ code: "canceled", source: "portal", by: owner.id }))
      const [after] = await onec.listOnecOutboxes({ order_id: order.id })
      expect([after.status, after.attempts]).toEqual(["pending", 0])
      // the buyer sees it cancelled and no longer cancellable; a second cancel is refused with the reason
      const again = (await api.get(`/store/b2b/orders/${order.id}`, { headers: h })).data.order
      expect(again.b2b_status.code).toBe("canceled")
      expect(again.can_cancel).toBe(false)
      expect(again.cancel_refusal).toMatch(/already cancelled/)
      const twice = await refusal(api.post(`/store/b2b/orders/${order.id}/cancel`, {}, { headers: h }))
      expect(twice.status).toBe(400)
      expect(twice.message).toMatch(/already cancelled/)
    })

    it("a confirmed order is refused (400, the reason); without orders.cancel 403; another company's order or a colleague's own order 404", async () => {
      const owner = await createCustomer(api, pk)
      const buyer = await createCustomer(api, pk)
      const accountant = await createCustomer(api, pk)
      const stranger = await createCustomer(api, pk)
      const a = await createCompany(api, admin.headers, [{ customer_id: owner.id, role: "owner" }, { customer_id: buyer.id, role: "buyer" }, { customer_id: accountant.id, role: "accountant" }])
      const b = await createCompany(api, admin.headers, [{ customer_id: stranger.id, role: "owner" }])
      const h = owner.headers(a.id)
      const confirmed = await place(h, 2)
      const fresh = await place(h, 1)
      for (const o of [confirmed, fresh])
        await until(async () => (await api.get(`/admin/b2b/orders/${o.id}/status`, { headers: admin.headers })).data.b2b_status.history.length === 1, "status new")
      await api.post(`/admin/b2b/orders/${confirmed.id}/status`, { code: "confirmed" }, { headers: admin.headers })

      const refused = await refusal(api.post(`/store/b2b/orders/${confirmed.id}/cancel`, {}, { headers: h }))
      expect(refused.status).toBe(400)
      expect(refused.message).toMatch(/Подтвержден/)
      const read = (await api.get(`/store/b2b/orders/${confirmed.id}`, { headers: h })).data.order
      expect(read.can_cancel).toBe(false)
      expect(read.cancel_refusal).toMatch(/Подтвержден/)
      expect(await reserved(confirmed)).toBe(2)

      // the accountant sees every order of the company but may not cancel: 403 naming the permission
      const noPerm = await refusal(api.post(`/store/b2b/orders/${fresh.id}/cancel`, {}, { headers: accountant.headers(a.id) }))
      expect(noPerm.status).toBe(403)
      expect(noPerm.message).toMatch(/orders\.cancel/)
      // another company: 404 for a real id; a buyer (orders.view_own) cannot reach the owner's order: 404
      expect(await statusOf(api.post(`/store/b2b/orders/${fresh.id}/cancel`, {}, { headers: stranger.headers(b.id) }))).toBe(404)
      expect(await statusOf(api.post(`/store/b2b/orders/${fresh.id}/cancel`, {}, { headers: buyer.headers(a.id) }))).toBe(404)
      const [still] = await getContainer().resolve(Modules.ORDER).listOrders({ id: fresh.id })
      expect(still.status).not.toBe("canceled")
      expect(await reserved(fresh)).toBe(1)
    })
  },
})
