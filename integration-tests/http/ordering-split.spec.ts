import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow, createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { COMPANY_MODULE } from "../../src/modules/company"
import { todayInMoscow } from "../../src/modules/ordering"
import { createAdmin, createCompany, createCustomer, randomInn, rubRegion, setupShipping, statusOf, storefrontKey, uniq } from "../utils/b2b"

jest.setTimeout(300 * 1000)

/** Runs `fn` with the given split settings in the environment (settings are read at call time). */
async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]))
  for (const [k, v] of Object.entries(vars)) v === undefined ? delete process.env[k] : (process.env[k] = v)
  try {
    return await fn()
  } finally {
    for (const [k, v] of Object.entries(before)) v === undefined ? delete process.env[k] : (process.env[k] = v)
  }
}

const inDays = (n: number) => {
  const d = new Date(`${todayInMoscow()}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let pk: string
    let regionId: string
    let locA: string
    let locB: string
    let shippingOptionId: string
    let sellers: { s1: string; s2: string }
    const v: Record<string, string> = {}
    const inv: Record<string, string> = {}

    beforeEach(async () => {
      const c = getContainer()
      admin = await createAdmin(c)
      const link = c.resolve(ContainerRegistrationKeys.LINK)
      const sf = await storefrontKey(c)
      pk = sf.pk
      regionId = await rubRegion(c)
      const { result: locs } = await createStockLocationsWorkflow(c).run({
        input: { locations: [{ name: "Склад Москва", metadata: { region_code: "MSK" } }, { name: "Склад Тверь", metadata: { region_code: "TVR" } }] },
      })
      ;[locA, locB] = [locs[0].id, locs[1].id]
      for (const l of [locA, locB]) await link.create({ [Modules.SALES_CHANNEL]: { sales_channel_id: sf.sc.id }, [Modules.STOCK_LOCATION]: { stock_location_id: l } })
      const shipping = await setupShipping(c, locA)
      shippingOptionId = shipping.shippingOptionId

      const company = c.resolve(COMPANY_MODULE) as any
      const [o1, o2] = await company.createB2bSellerOrganizations([
        { name: "ООО Продавец-1", full_name: "ООО «Продавец-1»", inn: randomInn() },
        { name: "ООО Продавец-2", full_name: "ООО «Продавец-2»", inn: randomInn() },
      ])
      sellers = { s1: o1.id, s2: o2.id }

      const product = (title: string, sku: string, price: number, allow_backorder = false) => ({
        title,
        status: "published" as const,
        shipping_profile_id: shipping.shippingProfileId,
        sales_channels: [{ id: sf.sc.id }],
        options: [{ title: "Вид", values: ["std"] }],
        variants: [{ title: "std", sku, options: { Вид: "std" }, manage_inventory: true, allow_backorder, prices: [{ amount: price, currency_code: "rub" }] }],
      })
      const { result } = await createProductsWorkflow(c).run({
        input: { products: [product("Кабель ВВГ", uniq("VVG-"), 1000), product("Автомат АВ", uniq("AV-"), 700), product("Щит под заказ", uniq("SHP-"), 2500, true)] },
      })
      const keys = ["cable", "breaker", "preorder"]
      result.forEach((p, n) => (v[keys[n]] = p.variants[0].id))
      await link.create([
        { [COMPANY_MODULE]: { b2b_seller_organization_id: sellers.s1 }, [Modules.PRODUCT]: { product_id: result[0].id } },
        { [COMPANY_MODULE]: { b2b_seller_organization_id: sellers.s2 }, [Modules.PRODUCT]: { product_id: result[1].id } },
        { [COMPANY_MODULE]: { b2b_seller_organization_id: sellers.s1 }, [Modules.PRODUCT]: { product_id: result[2].id } },
      ])
      const { data } = await c.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product_variant",
        fields: ["id", "inventory_items.inventory_item_id"],
        filters: { id: Object.values(v) },
      })
      for (const row of data as any[]) inv[Object.keys(v).find((k) => v[k] === row.id)!] = row.inventory_items[0].inventory_item_id
      await c.resolve(Modules.INVENTORY).createInventoryLevels([
        // the selected warehouse (Москва) has 5 cables, Тверь many; breakers only in Москва; nothing of the pre-order item
        { inventory_item_id: inv.cable, location_id: locA, stocked_quantity: 5 },
        { inventory_item_id: inv.cable, location_id: locB, stocked_quantity: 100 },
        { inventory_item_id: inv.breaker, location_id: locA, stocked_quantity: 10 },
        { inventory_item_id: inv.preorder, location_id: locA, stocked_quantity: 0 },
      ])
    })

    /** A buyer of a new company with a ready cart (shipping method, payment session "on account"), pickup at Москва. */
    async function buyerCart(items: { variant_id: string; quantity: number }[], pickup = true, checkoutExtra: Record<string, unknown> = {}) {
      const b = await createCustomer(api, pk)
      const le = await createCompany(api, admin.headers, [{ customer_id: b.id, role: "buyer" }])
      const h = b.headers()
      const cart = (await api.post(`/store/carts`, { region_id: regionId, items }, { headers: h })).data.cart
      await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shippingOptionId }, { headers: h })
      if (pickup) await api.post(`/store/b2b/carts/${cart.id}/checkout`, { delivery_method: "pickup", pickup_location_id: locA, ...checkoutExtra }, { headers: h })
      const pc = (await api.post(`/store/payment-collections`, { cart_id: cart.id }, { headers: h })).data.payment_collection
      await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: h })
      return { b, h, le, cartId: cart.id as string }
    }

    const ordersOf = async (ids: string[]) =>
      (
        await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "order",
          fields: ["id", "status", "metadata", "items.*", "b2b_legal_entity.id"],
          filters: { id: ids },
        })
      ).data as any[]
    const reservedFor = async (order: any) =>
      (await getContainer().resolve(Modules.INVENTORY).listReservationItems({ line_item_id: order.items.map((i: any) => i.id) })).reduce(
        (a: number, r: any) => a + Number(r.quantity),
        0
      )

    it("mode orders: a line partly in stock at the selected warehouse becomes two orders (available / to deliver) at the same price, each with its reservation", async () => {
      const { h, le, cartId } = await buyerCart([{ variant_id: v.cable, quantity: 8 }])
      const res = await withEnv({ B2B_ORDER_SPLIT: undefined, B2B_ORDER_SPLIT_MODE: "orders" }, () => api.post(`/store/b2b/carts/${cartId}/place`, {}, { headers: h }))
      expect(res.status).toBe(200)
      expect(res.data.mode).toBe("orders")
      const placed = res.data.orders as any[]
      expect(placed.map((o) => [o.kind, o.location_id])).toEqual([["available", locA], ["to_deliver", null]])
      const orders = await ordersOf(placed.map((o) => o.id))
      const byKind = (k: string) => orders.find((o) => o.metadata.b2b_split.kind === k)
      const [avail, rest] = [byKind("available"), byKind("to_deliver")]
      expect(avail.items.map((i: any) => [i.variant_id, Number(i.quantity), Number(i.unit_price)])).toEqual([[v.cable, 5, 1000]])
      expect(rest.items.map((i: any) => [i.variant_id, Number(i.quantity), Number(i.unit_price)])).toEqual([[v.cable, 3, 1000]])
      expect(avail.metadata.b2b_split).toEqual(
        expect.objectContaining({ group_id: res.data.group_id, kind: "available", seller_organization_id: sellers.s1, location_id: locA, preorder_date: null, siblings: [rest.id] })
      )
      expect(rest.metadata.b2b_split).toEqual(expect.objectContaining({ kind: "to_deliver", location_id: null, siblings: [avail.id] }))
      // both carry the checkout details and belong to the counterparty
      for (const o of [avail, rest]) expect(o.metadata.b2b_checkout.pickup_location_id).toBe(locA)
      await new Promise((r) => setTimeout(r, 500))
      const linked = await ordersOf([avail.id, rest.id])
      for (const o of linked) expect(o.b2b_legal_entity?.id).toBe(le.id)
      // Medusa reserved stock per order
      expect(await reservedFor(avail)).toBe(5)
      expect(await reservedFor(rest)).toBe(3)
      // the buyer sees both in his order list and the split in the detail
      const detail = (await api.get(`/store/b2b/orders/${rest.id}`, { headers: h })).data.order
      expect(detail.metadata.b2b_split.siblings).toEqual([avail.id])
      // the cart is completed; placing again is refused
      expect(await statusOf(api.post(`/store/b2b/carts/${cartId}/place`, {}, { headers: h }))).toBeGreaterThanOrEqual(400)
    })

    it("mode shipments (default): one order with a shipment plan per availability", async () => {
      // the pre-order date here comes with the checkout details, not with the place body
      const date = inDays(14)
      const { h, cartId } = await buyerCart([{ variant_id: v.cable, quantity: 8 }, { variant_id: v.preorder, quantity: 2 }], true, { preorder_date: date })
      const res = await withEnv({ B2B_ORDER_SPLIT: undefined, B2B_ORDER_SPLIT_MODE: undefined }, () => api.post(`/store/b2b/carts/${cartId}/place`, {}, { headers: h }))
      expect(res.data.mode).toBe("shipments")
      expect(res.data.orders).toHaveLength(1)
      const [order] = await ordersOf([res.data.orders[0].id])
      expect(order.items.map((i: any) => [i.variant_id, Number(i.quantity)]).sort()).toEqual([[v.cable, 8], [v.preorder, 2]].sort())
      expect(order.metadata.b2b_shipment_plan).toEqual([
        { key: "available", kind: "available", location_id: locA, items: [{ variant_id: v.cable, quantity: 5 }] },
        { key: "to_deliver", kind: "to_deliver", location_id: null, items: [{ variant_id: v.cable, quantity: 3 }] },
        { key: "preorder", kind: "preorder", location_id: null, preorder_date: date, items: [{ variant_id: v.preorder, quantity: 2 }] },
      ])
      expect(await reservedFor(order)).toBe(10)
    })

    it("B2B_ORDER_SPLIT=none: no availability split, one order", async () => {
      const { h, cartId } = await buyerCart([{ variant_id: v.cable, quantity: 8 }])
      const res = await withEnv({ B2B_ORDER_SPLIT: "none", B2B_ORDER_SPLIT_MODE: "orders" }, () => api.post(`/store/b2b/carts/${cartId}/place`, {}, { headers: h }))
      expect(res.data.orders).toHaveLength(1)
      expect(res.data.orders[0].kind).toBe("to_deliver")
      const [order] = await ordersOf([res.data.orders[0].id])
      expect(order.items.map((i: any) => Number(i.quantity))).toEqual([8])
    })

    it("seller split: Medusa's complete refuses a two-seller cart; /place makes one order per seller", async () => {
      const { h, cartId } = await buyerCart([{ variant_id: v.cable, quantity: 2 }, { variant_id: v.breaker, quantity: 3 }])
      const refused = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: h }).catch((e: any) => e.response)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain(`/store/b2b/carts/${cartId}/place`)
      const res = await api.post(`/store/b2b/carts/${cartId}/place`, {}, { headers: h })
      const placed = res.data.orders as any[]
      expect(placed).toHaveLength(2)
      expect(placed.map((o) => o.seller_organization_id)).toEqual([sellers.s1, sellers.s2])
      const orders = await ordersOf(placed.map((o) => o.id))
      const of = (s: string) => orders.find((o) => o.metadata.b2b_split.seller_organization_id === s)
      expect(of(sellers.s1).items.map((i: any) => [i.variant_id, Number(i.quantity), Number(i.unit_price)])).toEqual([[v.cable, 2, 1000]])
      expect(of(sellers.s2).items.map((i: any) => [i.variant_id, Number(i.quantity), Number(i.unit_price)])).toEqual([[v.breaker, 3, 700]])
      expect(of(sellers.s2).metadata.b2b_shipment_plan).toEqual([{ key: "available", kind: "available", location_id: locA, items: [{ variant_id: v.breaker, quantity: 3 }] }])
      expect(of(sellers.s1).metadata.b2b_split.siblings).toEqual([of(sellers.s2).id])
      for (const o of orders) expect(await reservedFor(o)).toBeGreaterThan(0)
      // a single-seller cart still completes through Medusa's own route
      const single = await buyerCart([{ variant_id: v.breaker, quantity: 1 }])
      const done = await api.post(`/store/carts/${single.cartId}/complete`, {}, { headers: single.h })
      expect(done.data.type).toBe("order")
    })

    it("pre-order: the out-of-stock backorder line is its own order with the requested date; a past date is refused naming preorder_date", async () => {
      const { h, cartId } = await buyerCart([{ variant_id: v.cable, quantity: 2 }, { variant_id: v.preorder, quantity: 4 }])
      const past = await api.post(`/store/b2b/carts/${cartId}/place`, { preorder_date: "2020-01-01" }, { headers: h }).catch((e: any) => e.response)
      expect(past.status).toBe(400)
      expect(past.data.message).toMatch(/preorder_date/)
      // the same check on the checkout details
      const pastCheckout = await api
        .post(`/store/b2b/carts/${cartId}/checkout`, { delivery_method: "pickup", pickup_location_id: locA, preorder_date: "2020-01-01" }, { headers: h })
        .catch((e: any) => e.response)
      expect(pastCheckout.status).toBe(400)
      expect(pastCheckout.data.message).toMatch(/preorder_date/)
      const date = inDays(30)
      const res = await withEnv({ B2B_ORDER_SPLIT_MODE: "orders" }, () => api.post(`/store/b2b/carts/${cartId}/place`, { preorder_date: date }, { headers: h }))
      const placed = res.data.orders as any[]
      expect(placed.map((o) => [o.kind, o.preorder_date])).toEqual([["available", null], ["preorder", date]])
      const orders = await ordersOf(placed.map((o) => o.id))
      const pre = orders.find((o) => o.metadata.b2b_split.kind === "preorder")
      expect(pre.items.map((i: any) => [i.variant_id, Number(i.quantity), Number(i.unit_price)])).toEqual([[v.preorder, 4, 2500]])
      expect(pre.metadata.b2b_split.preorder_date).toBe(date)
    })

    it("another company cannot place someone else's cart (404), nor can a viewer place (403)", async () => {
      const { cartId } = await buyerCart([{ variant_id: v.cable, quantity: 1 }])
      const other = await createCustomer(api, pk)
      await createCompany(api, admin.headers, [{ customer_id: other.id, role: "owner" }])
      expect(await statusOf(api.post(`/store/b2b/carts/${cartId}/place`, {}, { headers: other.headers() }))).toBe(404)
      const viewer = await createCustomer(api, pk)
      await createCompany(api, admin.headers, [{ customer_id: viewer.id, role: "viewer" }])
      expect(await statusOf(api.post(`/store/b2b/carts/${cartId}/place`, {}, { headers: viewer.headers() }))).toBe(403)
      const [cart] = await getContainer().resolve(Modules.CART).listCarts({ id: cartId })
      expect(cart.completed_at).toBeFalsy()
    })

    it("a later completion refused by the credit check undoes the split: earlier order cancelled, cart restored", async () => {
      const { h, le, cartId } = await buyerCart([{ variant_id: v.cable, quantity: 8 }])
      // 3 × 1000 + 500 delivery passes, then 5 × 1000 + 500 more does not
      await api.post(`/admin/b2b/credit/accounts`, { legal_entity_id: le.id, credit_limit: "6000" }, { headers: admin.headers })
      const res = await withEnv({ B2B_ORDER_SPLIT_MODE: "orders" }, () =>
        api.post(`/store/b2b/carts/${cartId}/place`, {}, { headers: h }).catch((e: any) => e.response)
      )
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
      const orderModule = getContainer().resolve(Modules.ORDER)
      const [cart] = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "cart", fields: ["id", "completed_at", "items.quantity", "items.variant_id", "metadata"], filters: { id: cartId } }).then((r: any) => r.data)
      expect(cart.completed_at).toBeFalsy()
      expect(cart.items.map((i: any) => [i.variant_id, Number(i.quantity)])).toEqual([[v.cable, 8]])
      expect(cart.metadata.b2b_split).toBeUndefined()
      const orders = await orderModule.listOrders({ customer_id: (await getContainer().resolve(Modules.CART).listCarts({ id: cartId }))[0].customer_id } as any)
      expect(orders.every((o: any) => o.status === "canceled")).toBe(true)
      // no stock stays reserved for the cancelled order
      const reservations = await getContainer().resolve(Modules.INVENTORY).listReservationItems({ inventory_item_id: inv.cable })
      expect(reservations).toHaveLength(0)
    })
  },
})
