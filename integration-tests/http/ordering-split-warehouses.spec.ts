import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow, createShippingOptionsWorkflow, createShippingProfilesWorkflow, createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { createAdmin, createCompany, createCustomer, rubRegion, storefrontKey, uniq } from "../utils/b2b"

jest.setTimeout(600 * 1000)

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

/**
 * Lines stocked at different warehouses, each warehouse with its own fulfillment set and shipping
 * option (Москва 500 ₽, Подольск 300 ₽): the cart is placed, each part with its own warehouse's
 * delivery method and fee; MOQ / multiples hold for each part of a split line.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let pk: string
    let regionId: string
    let msk: string
    let pod: string
    let optMsk: string
    let optPod: string
    const v: Record<string, string> = {}
    const sku: Record<string, string> = {}
    const inv: Record<string, string> = {}
    let boxProduct: string

    beforeEach(async () => {
      const c = getContainer()
      admin = await createAdmin(c)
      const link = c.resolve(ContainerRegistrationKeys.LINK)
      const sf = await storefrontKey(c)
      pk = sf.pk
      regionId = await rubRegion(c)
      const { result: locs } = await createStockLocationsWorkflow(c).run({
        input: { locations: [{ name: "Склад Москва" }, { name: "Склад Подольск" }] },
      })
      ;[msk, pod] = [locs[0].id, locs[1].id]
      const { result: profiles } = await createShippingProfilesWorkflow(c).run({ input: { data: [{ name: uniq("Стандарт "), type: "default" }] } })
      const profileId = profiles[0].id
      const fulfillment = c.resolve(Modules.FULFILLMENT)
      const optionAt = async (loc: string, name: string, amount: number) => {
        await link.create({ [Modules.SALES_CHANNEL]: { sales_channel_id: sf.sc.id }, [Modules.STOCK_LOCATION]: { stock_location_id: loc } })
        const set = await fulfillment.createFulfillmentSets({ name: uniq(`${name} `), type: "shipping", service_zones: [{ name: `Россия ${name}`, geo_zones: [{ type: "country", country_code: "ru" }] }] })
        await link.create([
          { [Modules.STOCK_LOCATION]: { stock_location_id: loc }, [Modules.FULFILLMENT]: { fulfillment_set_id: set.id } },
          { [Modules.STOCK_LOCATION]: { stock_location_id: loc }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } },
        ])
        const { result } = await createShippingOptionsWorkflow(c).run({
          input: [{ name, service_zone_id: set.service_zones[0].id, shipping_profile_id: profileId, provider_id: "manual_manual", price_type: "flat",
            type: { label: name, description: name, code: uniq("d") }, prices: [{ currency_code: "rub", amount }] } as any],
        })
        return result[0].id as string
      }
      optMsk = await optionAt(msk, "Доставка со склада Москва", 500)
      optPod = await optionAt(pod, "Доставка со склада Подольск", 300)

      const product = (title: string, s: string, price: number) => ({
        title,
        status: "published" as const,
        shipping_profile_id: profileId,
        sales_channels: [{ id: sf.sc.id }],
        options: [{ title: "Вид", values: ["std"] }],
        variants: [{ title: "std", sku: s, options: { Вид: "std" }, manage_inventory: true, prices: [{ amount: price, currency_code: "rub" }] }],
      })
      const keys = ["cable", "breaker", "box"]
      for (const k of keys) sku[k] = uniq(`${k.toUpperCase()}-`)
      const { result } = await createProductsWorkflow(c).run({
        input: { products: [product("Кабель ВВГ", sku.cable, 1000), product("Автомат АВ", sku.breaker, 700), product("Коробка монтажная", sku.box, 50)] },
      })
      result.forEach((p, n) => (v[keys[n]] = p.variants[0].id))
      boxProduct = result[2].id
      const { data } = await c.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product_variant",
        fields: ["id", "inventory_items.inventory_item_id"],
        filters: { id: Object.values(v) },
      })
      for (const row of data as any[]) inv[Object.keys(v).find((k) => v[k] === row.id)!] = row.inventory_items[0].inventory_item_id
      await c.resolve(Modules.INVENTORY).createInventoryLevels([
        // cables only in Подольск, breakers only in Москва; boxes: 5 in Москва, 19 in Подольск
        { inventory_item_id: inv.cable, location_id: msk, stocked_quantity: 0 },
        { inventory_item_id: inv.cable, location_id: pod, stocked_quantity: 100 },
        { inventory_item_id: inv.breaker, location_id: msk, stocked_quantity: 10 },
        { inventory_item_id: inv.box, location_id: msk, stocked_quantity: 5 },
        { inventory_item_id: inv.box, location_id: pod, stocked_quantity: 19 },
      ])
    })

    /** A buyer of a new company with a default delivery address and a cart of these lines. */
    async function buyerCart(items: { variant_id: string; quantity: number }[]) {
      const b = await createCustomer(api, pk)
      const le = await createCompany(api, admin.headers, [{ customer_id: b.id, role: "owner" }])
      const h = b.headers(le.id)
      await api.post(`/store/b2b/addresses`, { address: "г. Москва, Варшавское ш., д. 125", contact_name: "Сидоров Пётр", phone: "+7 495 123-45-67", is_default: true }, { headers: h })
      const cart = (await api.post(`/store/carts`, { region_id: regionId, items }, { headers: h })).data.cart
      return { h, le, cartId: cart.id as string }
    }

    const ordersOf = async (ids: string[]) =>
      (
        await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "order",
          fields: ["id", "metadata", "items.*", "shipping_methods.shipping_option_id", "shipping_methods.amount", "total", "shipping_total", "item_total"],
          filters: { id: ids },
        })
      ).data as any[]
    const reservations = async (itemId: string) =>
      (await getContainer().resolve(Modules.INVENTORY).listReservationItems({ inventory_item_id: itemId })).map((r: any) => [r.location_id, Number(r.quantity)])

    it("one-click (mode orders): a cart of lines stocked at two warehouses places as two orders, each with its own warehouse's delivery method and fee", async () => {
      const { h, cartId } = await buyerCart([{ variant_id: v.breaker, quantity: 3 }, { variant_id: v.cable, quantity: 2 }])
      const res = await withEnv({ B2B_ORDER_SPLIT: undefined, B2B_ORDER_SPLIT_MODE: "orders" }, () =>
        api.post(`/store/b2b/carts/${cartId}/one-click`, {}, { headers: h }).catch((e: any) => e.response)
      )
      expect(res.data?.message).toBeUndefined()
      expect(res.status).toBe(201)
      const orders = await ordersOf(res.data.order_ids)
      expect(orders).toHaveLength(2)
      const of = (variant: string) => orders.find((o) => o.items.some((i: any) => i.variant_id === variant))
      const [breakers, cables] = [of(v.breaker), of(v.cable)]
      expect(breakers.items.map((i: any) => [i.variant_id, Number(i.quantity)])).toEqual([[v.breaker, 3]])
      expect(cables.items.map((i: any) => [i.variant_id, Number(i.quantity)])).toEqual([[v.cable, 2]])
      // each order ships from its warehouse and pays that warehouse's delivery
      expect(breakers.shipping_methods.map((m: any) => [m.shipping_option_id, Number(m.amount)])).toEqual([[optMsk, 500]])
      expect(cables.shipping_methods.map((m: any) => [m.shipping_option_id, Number(m.amount)])).toEqual([[optPod, 300]])
      expect(Number(breakers.total)).toBe(3 * 700 + 500)
      expect(Number(cables.total)).toBe(2 * 1000 + 300)
      // stock reserved where it is
      expect(await reservations(inv.breaker)).toEqual([[msk, 3]])
      expect(await reservations(inv.cable)).toEqual([[pod, 2]])
    })

    it("/checkout + /place (mode shipments, default): one order carrying one delivery method per warehouse of its shipment plan, the buyer's choice kept where it fits", async () => {
      const { h, cartId } = await buyerCart([{ variant_id: v.breaker, quantity: 3 }, { variant_id: v.cable, quantity: 2 }])
      const book = (await api.get(`/store/b2b/addresses`, { headers: h })).data.addresses
      await api.post(`/store/b2b/carts/${cartId}/checkout`, { delivery_method: "delivery", address_id: book[0].id }, { headers: h })
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optMsk }, { headers: h })
      const pc = (await api.post(`/store/payment-collections`, { cart_id: cartId }, { headers: h })).data.payment_collection
      await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: h })
      const res = await withEnv({ B2B_ORDER_SPLIT: undefined, B2B_ORDER_SPLIT_MODE: undefined }, () =>
        api.post(`/store/b2b/carts/${cartId}/place`, {}, { headers: h }).catch((e: any) => e.response)
      )
      expect(res.data?.message).toBeUndefined()
      expect(res.data.mode).toBe("shipments")
      const [order] = await ordersOf(res.data.orders.map((o: any) => o.id))
      expect(res.data.orders).toHaveLength(1)
      expect(order.metadata.b2b_shipment_plan.map((p: any) => [p.kind, p.location_id])).toEqual([["available", msk], ["to_deliver", null]])
      expect(order.shipping_methods.map((m: any) => [m.shipping_option_id, Number(m.amount)]).sort()).toEqual([[optMsk, 500], [optPod, 300]].sort())
      expect(Number(order.shipping_total)).toBe(800)
      expect(Number(order.total)).toBe(3 * 700 + 2 * 1000 + 800)
    })

    it("MOQ and multiples are rechecked on each part of a split line: 19 of 24 at the chosen warehouse breaks «multiples of 12» → 400 naming the line, nothing placed; 12 + 12 places", async () => {
      const { h, cartId } = await buyerCart([{ variant_id: v.box, quantity: 24 }])
      await api.post(`/admin/b2b/product-terms`, { terms: [{ product_id: boxProduct, multiple: 12, base_unit: "шт" }] }, { headers: admin.headers })
      const refused = await withEnv({ B2B_ORDER_SPLIT: undefined, B2B_ORDER_SPLIT_MODE: "orders" }, () =>
        api.post(`/store/b2b/carts/${cartId}/one-click`, {}, { headers: h }).catch((e: any) => e.response)
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain(sku.box)
      expect(refused.data.message).toMatch(/19 of 24 шт.*multiples of 12 шт/)
      const [cart] = await getContainer().resolve(Modules.CART).listCarts({ id: cartId })
      expect(cart.completed_at).toBeFalsy()
      expect(await getContainer().resolve(Modules.ORDER).listOrders({})).toHaveLength(0)
      // 12 at each warehouse: 12 now + 12 to deliver, both multiples of 12
      const inventory = getContainer().resolve(Modules.INVENTORY)
      for (const loc of [msk, pod]) await inventory.updateInventoryLevels([{ inventory_item_id: inv.box, location_id: loc, stocked_quantity: 12 }])
      const res = await withEnv({ B2B_ORDER_SPLIT: undefined, B2B_ORDER_SPLIT_MODE: "orders" }, () =>
        api.post(`/store/b2b/carts/${cartId}/one-click`, {}, { headers: h }).catch((e: any) => e.response)
      )
      expect(res.data?.message).toBeUndefined()
      const orders = await ordersOf(res.data.order_ids)
      expect(orders.map((o) => Number(o.items[0].quantity)).sort()).toEqual([12, 12])
    })
  },
})
