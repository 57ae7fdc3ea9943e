import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, getVariantAvailability, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow, createRegionsWorkflow, createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { trackedAvailability } from "../../src/workflows/ordering/utils/availability"
import { releaseExpiredReservationsWorkflow } from "../../src/workflows/ordering/workflows/release-expired-reservations"
import { createAdmin, createCompany, createCustomer, lastNotification, setupShipping } from "../utils/b2b"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let pk: string
    let regionId: string
    let variantId: string
    let inventoryItemId: string
    let locationId: string
    let shippingOptionId: string

    beforeEach(async () => {
      const c = getContainer()
      admin = await createAdmin(c)
      const link = c.resolve(ContainerRegistrationKeys.LINK)
      const sc = await c.resolve(Modules.SALES_CHANNEL).createSalesChannels({ name: "B2B" })
      const key = await c.resolve(Modules.API_KEY).createApiKeys({ title: "sf", type: "publishable", created_by: "test" })
      await link.create({ [Modules.API_KEY]: { publishable_key_id: key.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: sc.id } })
      pk = key.token
      regionId = (await createRegionsWorkflow(c).run({ input: { regions: [{ name: "Россия", currency_code: "rub", countries: ["ru"], payment_providers: ["pp_system_default"] }] } })).result[0].id
      const { result: locs } = await createStockLocationsWorkflow(c).run({ input: { locations: [{ name: "Склад Подольск" }] } })
      locationId = locs[0].id
      await link.create({ [Modules.SALES_CHANNEL]: { sales_channel_id: sc.id }, [Modules.STOCK_LOCATION]: { stock_location_id: locationId } })
      const shipping = await setupShipping(c, locationId)
      shippingOptionId = shipping.shippingOptionId
      const { result } = await createProductsWorkflow(c).run({
        input: { products: [{ title: "Щит ЩРН-12", status: "published", shipping_profile_id: shipping.shippingProfileId, sales_channels: [{ id: sc.id }], options: [{ title: "Вид", values: ["12"] }],
          variants: [{ title: "12", sku: "SHRN-12", options: { Вид: "12" }, manage_inventory: true, prices: [{ amount: 1500, currency_code: "rub" }] }] }] },
      })
      variantId = result[0].variants[0].id
      const { data } = await c.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variantId } })
      inventoryItemId = (data[0] as any).inventory_items[0].inventory_item_id
      await c.resolve(Modules.INVENTORY).createInventoryLevels([{ inventory_item_id: inventoryItemId, location_id: locationId, stocked_quantity: 10 }])
    })

    async function buyerCart(qty: number) {
      const b = await createCustomer(api, pk)
      await createCompany(api, admin.headers, [{ customer_id: b.id, role: "buyer" }])
      const h = b.headers()
      const cart = (await api.post(`/store/carts`, { region_id: regionId, items: [{ variant_id: variantId, quantity: qty }] }, { headers: h })).data.cart
      await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shippingOptionId }, { headers: h })
      const pc = (await api.post(`/store/payment-collections`, { cart_id: cart.id }, { headers: h })).data.payment_collection
      await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: h })
      return { b, h, cartId: cart.id as string }
    }
    const level = async () => {
      const [l] = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: locationId })
      return { stocked: Number(l.stocked_quantity), reserved: Number(l.reserved_quantity) }
    }

    it("the quick order's stock check computes what Medusa's getVariantAvailability does: channel locations only, reservations, kits, untracked variants left out", async () => {
      const c = getContainer()
      const inv = c.resolve(Modules.INVENTORY)
      const link = c.resolve(ContainerRegistrationKeys.LINK)
      const query = c.resolve(ContainerRegistrationKeys.QUERY)
      const [{ sales_channel_id: scId }] = (await query.graph({ entity: "sales_channel_locations", fields: ["sales_channel_id"], filters: { stock_location_id: locationId } })).data as any[]
      // a second warehouse outside the channel: its stock must not count
      const { result: [far] } = await createStockLocationsWorkflow(c).run({ input: { locations: [{ name: "Склад Новосибирск" }] } })
      await inv.createInventoryLevels([{ inventory_item_id: inventoryItemId, location_id: far.id, stocked_quantity: 500 }])
      await inv.createReservationItems([{ inventory_item_id: inventoryItemId, location_id: locationId, quantity: 3 }])
      const { result } = await createProductsWorkflow(c).run({
        input: { products: [{ title: "Набор", status: "published", options: [{ title: "Вид", values: ["kit", "free", "backorder", "bare"] }],
          variants: [
            { title: "kit", sku: "KIT-1", options: { Вид: "kit" }, manage_inventory: false, prices: [{ amount: 1, currency_code: "rub" }] },
            { title: "free", sku: "FREE-1", options: { Вид: "free" }, manage_inventory: false, prices: [{ amount: 1, currency_code: "rub" }] },
            { title: "backorder", sku: "BACK-1", options: { Вид: "backorder" }, manage_inventory: true, allow_backorder: true, prices: [{ amount: 1, currency_code: "rub" }] },
            { title: "bare", sku: "BARE-1", options: { Вид: "bare" }, manage_inventory: true, prices: [{ amount: 1, currency_code: "rub" }] },
          ] }] },
      })
      const v = Object.fromEntries(result[0].variants.map((x: any) => [x.sku, x.id]))
      // a kit: 2 of item A (100 − 5 reserved) and 3 of item B (40) → min(47, 13) = 13
      const [a, b] = await inv.createInventoryItems([{ sku: "KIT-A" }, { sku: "KIT-B" }])
      await inv.createInventoryLevels([
        { inventory_item_id: a.id, location_id: locationId, stocked_quantity: 100 },
        { inventory_item_id: b.id, location_id: locationId, stocked_quantity: 40 },
        { inventory_item_id: b.id, location_id: far.id, stocked_quantity: 1000 },
      ])
      await inv.createReservationItems([{ inventory_item_id: a.id, location_id: locationId, quantity: 5 }])
      await c.resolve(Modules.PRODUCT).updateProductVariants(v["KIT-1"], { manage_inventory: true })
      await link.create([
        { [Modules.PRODUCT]: { variant_id: v["KIT-1"] }, [Modules.INVENTORY]: { inventory_item_id: a.id }, data: { required_quantity: 2 } },
        { [Modules.PRODUCT]: { variant_id: v["KIT-1"] }, [Modules.INVENTORY]: { inventory_item_id: b.id }, data: { required_quantity: 3 } },
      ])
      // the product workflow gave BARE-1 an inventory item without levels: 0 available, as in Medusa
      const ids = [variantId, v["KIT-1"], v["FREE-1"], v["BACK-1"], v["BARE-1"]]
      const ours = await trackedAvailability(c, ids, scId)
      const medusa = await getVariantAvailability(query, { variant_ids: [variantId, v["KIT-1"], v["BARE-1"]], sales_channel_id: scId })
      expect(ours).toEqual({
        [variantId]: { availability: 7 },
        [v["KIT-1"]]: { availability: 13 },
        [v["BARE-1"]]: { availability: 0 },
      })
      for (const id of Object.keys(ours)) expect(ours[id].availability).toBe(medusa[id].availability)
    })

    it("20 buyers ordering the last 10 units at once: exactly 10 sold, no negative stock, no lost order", async () => {
      const carts = []
      for (let i = 0; i < 20; i++) carts.push(await buyerCart(1))
      const results = await Promise.all(
        carts.map((c) => api.post(`/store/carts/${c.cartId}/complete`, {}, { headers: c.h }).then((r: any) => ({ ok: r.data.type === "order", order: r.data.order }), (e: any) => ({ ok: false, status: e.response?.status, message: e.response?.data?.message })))
      )
      const won = results.filter((r) => r.ok)
      expect(won).toHaveLength(10)
      for (const r of results.filter((x) => !x.ok) as any[]) {
        expect(r.status).toBe(400)
        expect(r.message).toMatch(/not enough stock|not available|inventory/i)
      }
      expect(await level()).toEqual({ stocked: 10, reserved: 10 })
      // every winner is a real order with its reservation; nobody else got one
      const reservations = await getContainer().resolve(Modules.INVENTORY).listReservationItems({ inventory_item_id: inventoryItemId })
      expect(reservations.reduce((a, r) => a + Number(r.quantity), 0)).toBe(10)
      const orders = await getContainer().resolve(Modules.ORDER).listOrders({ id: won.map((w: any) => w.order.id) })
      expect(orders).toHaveLength(10)
      // the store shows nothing left to sell
      const p = (await api.get(`/store/products?fields=id,*variants,+variants.inventory_quantity&region_id=${regionId}`, { headers: { "x-publishable-api-key": pk } })).data.products[0]
      expect(p.variants[0].inventory_quantity).toBe(0)
    })

    it("reservations are held for the configured term, then released by the job with a notice", async () => {
      const { h, cartId } = await buyerCart(4)
      const order = (await api.post(`/store/carts/${cartId}/complete`, {}, { headers: h })).data.order
      expect(await level()).toEqual({ stocked: 10, reserved: 4 })
      const wf = releaseExpiredReservationsWorkflow(getContainer())
      // within the term (72 h for pending orders by default) nothing happens
      let { result } = await wf.run({ input: { now: new Date(Date.now() + 71 * 3600_000).toISOString() } })
      expect(result).toEqual([])
      expect((await level()).reserved).toBe(4)
      ;({ result } = await wf.run({ input: { now: new Date(Date.now() + 73 * 3600_000).toISOString() } }))
      expect(result.map((r) => r.order_id)).toEqual([order.id])
      expect(await level()).toEqual({ stocked: 10, reserved: 0 })
      const note = await lastNotification(getContainer(), order.email, "b2b-reservation-expired")
      expect(note?.data).toEqual(expect.objectContaining({ order_id: order.id, display_id: order.display_id }))
      // running again changes nothing
      ;({ result } = await wf.run({ input: { now: new Date(Date.now() + 80 * 3600_000).toISOString() } }))
      expect(result).toEqual([])
    })
  },
})
