import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow, createShippingOptionsWorkflow, createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { createAdmin, createCompany, createCustomer, rubRegion, setupShipping, storefrontKey, until } from "../utils/b2b"

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

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let pk: string
    let regionId: string
    let shippingOptionId: string
    let moscow: string
    let kazan: string
    const variants: Record<string, string> = {}
    const inventoryItems: Record<string, string> = {}

    let verbose = false
    beforeEach(async () => {
      const c = getContainer()
      if (!verbose) {
        // an unexpected refusal shows the backend's message
        ;(api as any).interceptors.response.use(undefined, (e: any) => {
          if (e.response) e.message = `${e.response.status} ${JSON.stringify(e.response.data)}`
          return Promise.reject(e)
        })
        verbose = true
      }
      admin = await createAdmin(c)
      const { sc, pk: token } = await storefrontKey(c)
      pk = token
      regionId = await rubRegion(c)
      const link = c.resolve(ContainerRegistrationKeys.LINK)
      const query = c.resolve(ContainerRegistrationKeys.QUERY)
      const { result: locs } = await createStockLocationsWorkflow(c).run({ input: { locations: [{ name: "Склад Москва" }, { name: "Склад Казань" }] } })
      moscow = locs[0].id
      kazan = locs[1].id
      for (const l of locs) await link.create({ [Modules.SALES_CHANNEL]: { sales_channel_id: sc.id }, [Modules.STOCK_LOCATION]: { stock_location_id: l.id } })
      const shipping = await setupShipping(c, moscow)
      shippingOptionId = shipping.shippingOptionId
      // the second warehouse ships with a fulfillment set of its own, same shipping profile and provider
      const set = await c.resolve(Modules.FULFILLMENT).createFulfillmentSets({
        name: "Казань", type: "shipping", service_zones: [{ name: "Россия из Казани", geo_zones: [{ type: "country", country_code: "ru" }] }],
      })
      await link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: kazan }, [Modules.FULFILLMENT]: { fulfillment_set_id: set.id } })
      await link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: kazan }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } })
      await createShippingOptionsWorkflow(c).run({
        input: [{ name: "Из Казани", service_zone_id: set.service_zones[0].id, shipping_profile_id: shipping.shippingProfileId, provider_id: "manual_manual",
          price_type: "flat", type: { label: "Из Казани", description: "Из Казани", code: "kazan" }, prices: [{ currency_code: "rub", amount: 700 }] } as any],
      })
      const { result } = await createProductsWorkflow(c).run({
        input: {
          products: ["AB-16", "CAB-3X2", "SH-12"].map((sku) => ({
            title: `Товар ${sku}`, status: "published" as const, shipping_profile_id: shipping.shippingProfileId, sales_channels: [{ id: sc.id }],
            options: [{ title: "Вид", values: ["шт"] }],
            variants: [{ title: "шт", sku, options: { Вид: "шт" }, manage_inventory: true, prices: [{ amount: 1000, currency_code: "rub" }] }],
          })),
        },
      })
      for (const p of result) {
        const v = p.variants[0]
        variants[v.sku!] = v.id
        const { data: vi } = await query.graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: v.id } })
        inventoryItems[v.sku!] = (vi[0] as any).inventory_items[0].inventory_item_id
      }
      // AB-16 only in Moscow, SH-12 only in Kazan, the cable in both
      await c.resolve(Modules.INVENTORY).createInventoryLevels([
        { inventory_item_id: inventoryItems["AB-16"], location_id: moscow, stocked_quantity: 10 },
        { inventory_item_id: inventoryItems["CAB-3X2"], location_id: moscow, stocked_quantity: 10 },
        { inventory_item_id: inventoryItems["CAB-3X2"], location_id: kazan, stocked_quantity: 10 },
        { inventory_item_id: inventoryItems["SH-12"], location_id: kazan, stocked_quantity: 10 },
      ])
    })

    async function companyOrder(items: { sku: string; quantity: number }[]) {
      const b = await createCustomer(api, pk)
      const le = await createCompany(api, admin.headers, [{ customer_id: b.id, role: "buyer" }])
      const h = b.headers()
      const cart = (await api.post(`/store/carts`, { region_id: regionId, items: items.map((i) => ({ variant_id: variants[i.sku], quantity: i.quantity })) }, { headers: h })).data.cart
      await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shippingOptionId }, { headers: h })
      const pc = (await api.post(`/store/payment-collections`, { cart_id: cart.id }, { headers: h })).data.payment_collection
      await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: h })
      const done = (await api.post(`/store/carts/${cart.id}/complete`, {}, { headers: h })).data
      expect(done.type).toBe("order")
      const order = done.order
      const line = (sku: string) => order.items.find((i: any) => i.variant_sku === sku).id as string
      // the counterparty link is made by a subscriber
      await until(async () => {
        const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["b2b_legal_entity.id"], filters: { id: order.id } })
        return (data[0] as any)?.b2b_legal_entity?.id === le.id
      }, "order ↔ counterparty link")
      return { order, h, le, line }
    }

    const adminView = async (orderId: string) => (await api.get(`/admin/b2b/orders/${orderId}/shipments`, { headers: admin.headers })).data
    const statuses = (view: any) => Object.fromEntries(view.lines.map((l: any) => [l.sku, l.status]))
    const level = async (sku: string, location: string) => {
      const [l] = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItems[sku], location_id: location })
      return { stocked: Number(l.stocked_quantity), reserved: Number(l.reserved_quantity) }
    }

    it("an order of 3 lines shipped from two warehouses: statuses, tracking, line delivery status, UPD, cancel frees quantities", async () => {
      const { order, h, line } = await companyOrder([{ sku: "AB-16", quantity: 4 }, { sku: "CAB-3X2", quantity: 6 }, { sku: "SH-12", quantity: 2 }])
      // the order split's plan, read when present
      await getContainer().resolve(Modules.ORDER).updateOrders([{
        id: order.id,
        metadata: {
          b2b_shipment_plan: [
            { key: "msk", kind: "available", location_id: moscow, items: [{ variant_id: variants["AB-16"], quantity: 4 }, { variant_id: variants["CAB-3X2"], quantity: 3 }] },
            { key: "kzn", kind: "to_deliver", location_id: kazan, items: [{ variant_id: variants["CAB-3X2"], quantity: 3 }, { variant_id: variants["SH-12"], quantity: 2 }] },
          ],
        },
      }] as any)

      let view = await adminView(order.id)
      expect(view.shipments).toEqual([])
      expect(statuses(view)).toEqual({ "AB-16": "awaiting", "CAB-3X2": "awaiting", "SH-12": "awaiting" })
      expect(view.lines.map((l: any) => [l.sku, l.ordered, l.remaining])).toEqual(expect.arrayContaining([["AB-16", 4, 4], ["CAB-3X2", 6, 6], ["SH-12", 2, 2]]))
      expect(view.locations.map((l: any) => l.name).sort()).toEqual(["Склад Казань", "Склад Москва"])
      expect(view.planned.map((p: any) => p.key)).toEqual(["msk", "kzn"])

      // more than ordered is refused, naming the field; so is a line the warehouse does not stock
      let r = await refusal(api.post(`/admin/b2b/orders/${order.id}/shipments`, { location_id: moscow, items: [{ id: line("AB-16"), quantity: 5 }] }, { headers: admin.headers }))
      expect(r.status).toBe(400)
      expect(r.message).toMatch(/^items\[0\]\.quantity: 5 of "AB-16" asked, only 4/)
      r = await refusal(api.post(`/admin/b2b/orders/${order.id}/shipments`, { location_id: moscow, items: [{ id: line("SH-12"), quantity: 1 }] }, { headers: admin.headers }))
      expect(r.status).toBe(400)
      expect(r.message).toMatch(/^items\[0\]\.id: "SH-12" is not stocked at warehouse "Склад Москва"/)
      r = await refusal(api.post(`/admin/b2b/orders/${order.id}/shipments`, { location_id: moscow, items: [{ id: line("AB-16"), quantity: 0 }] }, { headers: admin.headers }))
      expect(r.status).toBe(400)
      expect((await adminView(order.id)).shipments).toEqual([])

      // shipment 1 from Moscow: all of AB-16 and half of the cable, tracking known at once
      const s1 = (await api.post(`/admin/b2b/orders/${order.id}/shipments`,
        { location_id: moscow, items: [{ id: line("AB-16"), quantity: 4 }, { id: line("CAB-3X2"), quantity: 3 }], tracking_number: "TRK-MSK-1" },
        { headers: admin.headers })).data
      expect(s1.shipment).toEqual(expect.objectContaining({ status: "packed", location: { id: moscow, name: "Склад Москва" }, tracking: [{ number: "TRK-MSK-1", url: null }], shipped_at: null }))
      expect(s1.shipment.items.map((i: any) => [i.sku, i.quantity]).sort()).toEqual([["AB-16", 4], ["CAB-3X2", 3]])
      expect(statuses(s1)).toEqual({ "AB-16": "awaiting", "CAB-3X2": "awaiting", "SH-12": "awaiting" })
      expect(s1.lines.find((l: any) => l.sku === "CAB-3X2")).toEqual(expect.objectContaining({ fulfilled: 3, shipped: 0, remaining: 3 }))
      expect(s1.planned.map((p: any) => p.key)).toEqual(["kzn"])

      // shipment 2 from Kazan: the rest of the cable and SH-12
      const s2 = (await api.post(`/admin/b2b/orders/${order.id}/shipments`,
        { location_id: kazan, items: [{ id: line("CAB-3X2"), quantity: 3 }, { id: line("SH-12"), quantity: 2 }] }, { headers: admin.headers })).data.shipment
      expect(s2).toEqual(expect.objectContaining({ status: "packed", location: { id: kazan, name: "Склад Казань" }, tracking: [] }))
      view = await adminView(order.id)
      expect(view.planned).toEqual([])
      expect(view.lines.every((l: any) => l.remaining === 0)).toBe(true)
      // nothing left to put into a shipment
      r = await refusal(api.post(`/admin/b2b/orders/${order.id}/shipments`, { location_id: kazan, items: [{ id: line("CAB-3X2"), quantity: 1 }] }, { headers: admin.headers }))
      expect(r.status).toBe(400)
      expect(r.message).toMatch(/^items\[0\]\.quantity: .*only 0 of 6/)

      // illegal moves are refused with the reason
      r = await refusal(api.post(`/admin/b2b/orders/${order.id}/shipments/${s2.id}`, { status: "delivered" }, { headers: admin.headers }))
      expect(r.status).toBe(400)
      expect(r.message).toMatch(/not been shipped yet/)

      // shipment 1 leaves the warehouse with a tracking link added
      view = (await api.post(`/admin/b2b/orders/${order.id}/shipments/${s1.shipment.id}`,
        { status: "shipped", tracking_number: "TRK-MSK-2", tracking_url: "https://track.example/TRK-MSK-2" }, { headers: admin.headers })).data
      expect(view.shipment.status).toBe("shipped")
      expect(view.shipment.shipped_at).toBeTruthy()
      expect(view.shipment.tracking).toEqual([{ number: "TRK-MSK-1", url: null }, { number: "TRK-MSK-2", url: "https://track.example/TRK-MSK-2" }])
      expect(statuses(view)).toEqual({ "AB-16": "shipped", "CAB-3X2": "partially_shipped", "SH-12": "awaiting" })
      r = await refusal(api.post(`/admin/b2b/orders/${order.id}/shipments/${s1.shipment.id}`, { status: "shipped" }, { headers: admin.headers }))
      expect(r.status).toBe(400)
      expect(r.message).toMatch(/already shipped/)
      r = await refusal(api.post(`/admin/b2b/orders/${order.id}/shipments/${s1.shipment.id}`, { status: "canceled" }, { headers: admin.headers }))
      expect(r.status).toBe(400)
      expect(r.message).toMatch(/shipped shipment cannot be canceled/)

      // Medusa's shipment.created → the documents subscriber files a UPD for that shipment
      const withUpd = await until(async () => {
        const v = (await api.get(`/store/b2b/orders/${order.id}/shipments`, { headers: h })).data
        const s = v.shipments.find((x: any) => x.id === s1.shipment.id)
        return s?.documents.some((d: any) => d.type === "upd") ? v : null
      }, "UPD of the shipment")
      expect(withUpd.shipments.find((x: any) => x.id === s2.id).documents).toEqual([])

      // shipment 2 canceled: its quantities are free to ship again, its stock is back
      const before = await level("SH-12", kazan)
      view = (await api.post(`/admin/b2b/orders/${order.id}/shipments/${s2.id}`, { status: "canceled" }, { headers: admin.headers })).data
      expect(view.shipment.status).toBe("canceled")
      expect(view.lines.find((l: any) => l.sku === "CAB-3X2")).toEqual(expect.objectContaining({ fulfilled: 3, remaining: 3 }))
      expect(view.lines.find((l: any) => l.sku === "SH-12")).toEqual(expect.objectContaining({ fulfilled: 0, remaining: 2 }))
      expect(view.planned.map((p: any) => p.key)).toEqual(["kzn"])
      expect(await level("SH-12", kazan)).toEqual({ stocked: before.stocked + 2, reserved: before.reserved + 2 })
      r = await refusal(api.post(`/admin/b2b/orders/${order.id}/shipments/${s2.id}`, { status: "delivered" }, { headers: admin.headers }))
      expect(r.status).toBe(400)
      expect(r.message).toMatch(/canceled and cannot be marked delivered/)

      // shipment 3 from Kazan, shipped at once
      const s3 = (await api.post(`/admin/b2b/orders/${order.id}/shipments`,
        { location_id: kazan, items: [{ id: line("CAB-3X2"), quantity: 3 }, { id: line("SH-12"), quantity: 2 }], tracking_number: "TRK-KZN-1", ship_now: true },
        { headers: admin.headers })).data
      expect(s3.shipment).toEqual(expect.objectContaining({ status: "shipped", tracking: [{ number: "TRK-KZN-1", url: null }] }))
      expect(statuses(s3)).toEqual({ "AB-16": "shipped", "CAB-3X2": "shipped", "SH-12": "shipped" })

      // delivered one after the other
      view = (await api.post(`/admin/b2b/orders/${order.id}/shipments/${s1.shipment.id}`, { status: "delivered" }, { headers: admin.headers })).data
      expect(view.shipment.status).toBe("delivered")
      expect(view.shipment.delivered_at).toBeTruthy()
      expect(statuses(view)).toEqual({ "AB-16": "delivered", "CAB-3X2": "partially_delivered", "SH-12": "shipped" })
      r = await refusal(api.post(`/admin/b2b/orders/${order.id}/shipments/${s1.shipment.id}`, { status: "delivered" }, { headers: admin.headers }))
      expect(r.status).toBe(400)
      await api.post(`/admin/b2b/orders/${order.id}/shipments/${s3.shipment.id}`, { status: "delivered" }, { headers: admin.headers })

      // the buyer sees the same, from Medusa's quantities
      const mine = (await api.get(`/store/b2b/orders/${order.id}/shipments`, { headers: h })).data
      expect(mine.locations).toBeUndefined()
      expect(mine.shipments.map((s: any) => s.status)).toEqual(["delivered", "canceled", "delivered"])
      expect(mine.lines.map((l: any) => [l.sku, l.ordered, l.fulfilled, l.shipped, l.delivered, l.status])).toEqual(expect.arrayContaining([
        ["AB-16", 4, 4, 4, 4, "delivered"],
        ["CAB-3X2", 6, 6, 6, 6, "delivered"],
        ["SH-12", 2, 2, 2, 2, "delivered"],
      ]))
      expect(mine.planned).toEqual([])
      expect(mine.shipments[0].documents[0]).toEqual(expect.objectContaining({ type: "upd", number: expect.any(String) }))
      // stock left the right warehouses and nothing stays reserved
      expect(await level("AB-16", moscow)).toEqual({ stocked: 6, reserved: 0 })
      expect(await level("SH-12", kazan)).toEqual({ stocked: 8, reserved: 0 })
      const cab = [await level("CAB-3X2", moscow), await level("CAB-3X2", kazan)]
      expect(cab.reduce((a, l) => a + l.stocked, 0)).toBe(14)
      expect(cab.reduce((a, l) => a + l.reserved, 0)).toBe(0)
    })

    it("buyers of another company get 404; an unknown warehouse or line is refused by name", async () => {
      const { order, line } = await companyOrder([{ sku: "AB-16", quantity: 1 }])
      const other = await createCustomer(api, pk)
      await createCompany(api, admin.headers, [{ customer_id: other.id, role: "owner" }])
      const r = await refusal(api.get(`/store/b2b/orders/${order.id}/shipments`, { headers: other.headers() }))
      expect(r.status).toBe(404)
      let bad = await refusal(api.post(`/admin/b2b/orders/${order.id}/shipments`, { location_id: "sloc_nope", items: [{ id: line("AB-16"), quantity: 1 }] }, { headers: admin.headers }))
      expect(bad).toEqual({ status: 400, message: expect.stringMatching(/^location_id: /) })
      bad = await refusal(api.post(`/admin/b2b/orders/${order.id}/shipments`, { location_id: moscow, items: [{ id: "ordli_nope", quantity: 1 }] }, { headers: admin.headers }))
      expect(bad).toEqual({ status: 400, message: expect.stringMatching(/^items\[0\]\.id: /) })
      bad = await refusal(api.post(`/admin/b2b/orders/${order.id}/shipments/ful_nope`, { status: "shipped" }, { headers: admin.headers }))
      expect(bad.status).toBe(404)
      expect((await refusal(api.get(`/admin/b2b/orders/order_nope/shipments`, { headers: admin.headers }))).status).toBe(404)
    })

    it("an order whose stock reservation was released can still be shipped (the reservation is made good)", async () => {
      const { order, h, line } = await companyOrder([{ sku: "SH-12", quantity: 3 }])
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const rows = await inventory.listReservationItems({ line_item_id: [line("SH-12")] })
      expect(rows).toHaveLength(1)
      await inventory.deleteReservationItems(rows.map((x) => x.id))
      const s = (await api.post(`/admin/b2b/orders/${order.id}/shipments`, { location_id: kazan, items: [{ id: line("SH-12"), quantity: 2 }], ship_now: true }, { headers: admin.headers })).data
      expect(s.shipment.status).toBe("shipped")
      expect(await level("SH-12", kazan)).toEqual({ stocked: 8, reserved: 0 })
      const mine = (await api.get(`/store/b2b/orders/${order.id}/shipments`, { headers: h })).data
      expect(mine.lines).toEqual([expect.objectContaining({ sku: "SH-12", ordered: 3, fulfilled: 2, shipped: 2, status: "partially_shipped" })])
    })
  },
})
