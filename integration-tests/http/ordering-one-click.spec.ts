import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow, createShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { createAdmin, createCompany, createCustomer, rubRegion, setupShipping, statusOf, storefrontKey, until } from "../utils/b2b"

jest.setTimeout(600 * 1000) // app start-up alone took > 300 s on the shared 2-core machine

/** The error body of a request expected to fail. */
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
    let cable: string
    let lamp: string
    let cheapOptionId: string
    let dearOptionId: string

    beforeEach(async () => {
      const c = getContainer()
      admin = await createAdmin(c)
      const { sc, pk: token } = await storefrontKey(c)
      pk = token
      regionId = await rubRegion(c)
      const [loc] = await c.resolve(Modules.STOCK_LOCATION).createStockLocations([{ name: "Склад Москва", address: { city: "Москва", address_1: "ул. Складская, 1", country_code: "ru" } }])
      await c.resolve(ContainerRegistrationKeys.LINK).create({ [Modules.SALES_CHANNEL]: { sales_channel_id: sc.id }, [Modules.STOCK_LOCATION]: { stock_location_id: loc.id } })
      const ship = await setupShipping(c, loc.id, "Доставка до двери")
      cheapOptionId = ship.shippingOptionId // 500 ₽
      const opt = await c.resolve(Modules.FULFILLMENT).retrieveShippingOption(ship.shippingOptionId)
      const { result: dear } = await createShippingOptionsWorkflow(c).run({
        input: [{ name: "Экспресс", service_zone_id: opt.service_zone_id, shipping_profile_id: ship.shippingProfileId, provider_id: "manual_manual", price_type: "flat",
          type: { label: "Экспресс", description: "Экспресс", code: "express" }, prices: [{ currency_code: "rub", amount: 1500 }] } as any],
      })
      dearOptionId = dear[0].id
      const { result } = await createProductsWorkflow(c).run({
        input: {
          products: [
            { title: "Кабель ВВГнг-LS 3x2,5", status: "published", shipping_profile_id: ship.shippingProfileId, sales_channels: [{ id: sc.id }], options: [{ title: "Вид", values: ["бухта"] }],
              variants: [{ title: "бухта", sku: "VVG-3X2.5-OC", options: { Вид: "бухта" }, manage_inventory: false, prices: [{ amount: 1234.5, currency_code: "rub" }] }] },
            { title: "Светильник LED 36W", status: "published", shipping_profile_id: ship.shippingProfileId, sales_channels: [{ id: sc.id }], options: [{ title: "Вид", values: ["шт"] }],
              variants: [{ title: "шт", sku: "LED-36W-OC", options: { Вид: "шт" }, manage_inventory: false, prices: [{ amount: 990, currency_code: "rub" }] }] },
          ],
        },
      })
      cable = result[0].variants[0].id
      lamp = result[1].variants[0].id
    })

    const addressBody = (extra: Record<string, unknown> = {}) => ({
      label: "Объект на Варшавке",
      consignee_name: "ООО «СтройМонтаж-Юг»",
      consignee_inn: "7707083893",
      consignee_kpp: "773601001",
      postal_code: "117638",
      address: "г. Москва, Варшавское ш., д. 125, стр. 1",
      contact_name: "Сидоров Пётр",
      phone: "+7 495 123-45-67",
      ...extra,
    })
    const newCart = async (h: Record<string, string>, items = [{ variant_id: cable, quantity: 2 }]) =>
      (await api.post(`/store/carts`, { region_id: regionId, items }, { headers: h })).data.cart as { id: string }
    const orderOf = async (id: string) =>
      (
        await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "order",
          fields: ["id", "email", "customer_id", "metadata", "b2b_legal_entity.id", "items.*", "shipping_methods.shipping_option_id",
            "payment_collections.status", "payment_collections.payment_sessions.provider_id", "shipping_address.address_1"],
          filters: { id },
        })
      ).data[0] as any

    it("one-click places a cart that has only items with the company defaults; refusals are clear", async () => {
      const owner = await createCustomer(api, pk)
      const buyer = await createCustomer(api, pk)
      const viewer = await createCustomer(api, pk)
      const stranger = await createCustomer(api, pk)
      const a = await createCompany(api, admin.headers, [{ customer_id: owner.id, role: "owner" }, { customer_id: buyer.id, role: "buyer" }, { customer_id: viewer.id, role: "viewer" }])
      const b = await createCompany(api, admin.headers, [{ customer_id: stranger.id, role: "owner" }])
      const h = buyer.headers(a.id)
      // the book: a non-default address and the default one
      await api.post(`/store/b2b/addresses`, { address: "г. Подольск, ул. Складская, д. 3" }, { headers: owner.headers(a.id) })
      const addr = (await api.post(`/store/b2b/addresses`, addressBody({ is_default: true }), { headers: owner.headers(a.id) })).data.address

      const cart = await newCart(h)
      // who may: orders.create (not the viewer), the cart's own company only
      const byViewer = await refusal(api.post(`/store/b2b/carts/${cart.id}/one-click`, {}, { headers: viewer.headers(a.id) }))
      expect(byViewer.status).toBe(403)
      expect(byViewer.message).toMatch(/orders\.create/)
      expect(await statusOf(api.post(`/store/b2b/carts/${cart.id}/one-click`, {}, { headers: stranger.headers(b.id) }))).toBe(404)
      expect(await statusOf(api.post(`/store/b2b/carts/${cart.id}/one-click`, { x: 1 }, { headers: stranger.headers(b.id) }))).toBe(404) // 404 before 400

      const res = await api.post(`/store/b2b/carts/${cart.id}/one-click`, {}, { headers: h })
      expect(res.status).toBe(201)
      const order = await orderOf(res.data.order.id)
      expect(res.data.shipping_options.map((o: any) => o.id)).toEqual([cheapOptionId])
      expect(order.shipping_address.address_1).toBe(addr.address)
      expect(order.metadata.b2b_checkout).toEqual(expect.objectContaining({ delivery_method: "delivery", address_id: addr.id, consignee: { name: "ООО «СтройМонтаж-Юг»", inn: "7707083893", kpp: "773601001" } }))
      expect(order.shipping_methods.map((m: any) => m.shipping_option_id)).toEqual([cheapOptionId]) // the cheaper of 500 and 1500
      expect(order.shipping_methods.map((m: any) => m.shipping_option_id)).not.toContain(dearOptionId)
      expect(order.payment_collections[0].payment_sessions.map((s: any) => s.provider_id)).toEqual(["pp_system_default"])
      expect(order.items).toEqual([expect.objectContaining({ variant_id: cable, quantity: 2 })])
      // the order is the company's (order.placed links it) and the buyer sees it in the history
      await until(async () => (await orderOf(order.id)).b2b_legal_entity?.id === a.id, "counterparty link")
      const history = (await api.get(`/store/b2b/orders`, { headers: h })).data.orders.map((o: any) => o.id)
      expect(history).toContain(order.id)
      // a placed cart cannot be placed again
      expect((await refusal(api.post(`/store/b2b/carts/${cart.id}/one-click`, {}, { headers: h }))).status).toBe(400)

      // an empty cart
      const empty = (await api.post(`/store/carts`, { region_id: regionId }, { headers: h })).data.cart
      const emptyRefusal = await refusal(api.post(`/store/b2b/carts/${empty.id}/one-click`, {}, { headers: h }))
      expect(emptyRefusal).toEqual({ status: 400, message: expect.stringMatching(/cart: the cart is empty/) })

      // a company without any address (no book, no legal address): 400 saying what to do; the cart is left as it was
      const c = await createCompany(api, admin.headers, [{ customer_id: stranger.id, role: "owner" }])
      const bare = await newCart(stranger.headers(c.id))
      const noAddress = await refusal(api.post(`/store/b2b/carts/${bare.id}/one-click`, {}, { headers: stranger.headers(c.id) }))
      expect(noAddress).toEqual({ status: 400, message: expect.stringMatching(/no address in the address book: add one or choose pickup/) })
      const untouched = (await api.get(`/store/carts/${bare.id}`, { headers: stranger.headers(c.id) })).data.cart
      expect(untouched.completed_at ?? null).toBeNull()
      expect(untouched.shipping_methods ?? []).toEqual([])

      // no book but a legal address: delivered there
      const d = await createCompany(api, admin.headers, [{ customer_id: stranger.id, role: "owner" }], { legal_address: "г. Казань, ул. Техническая, д. 10" })
      const legalCart = await newCart(stranger.headers(d.id), [{ variant_id: lamp, quantity: 1 }])
      const legal = (await api.post(`/store/b2b/carts/${legalCart.id}/one-click`, {}, { headers: stranger.headers(d.id) })).data
      const legalOrder = await orderOf(legal.order.id)
      expect(legalOrder.shipping_address.address_1).toBe("г. Казань, ул. Техническая, д. 10")
      expect(legalOrder.metadata.b2b_checkout).toEqual(expect.objectContaining({ address_id: null, source: "one_click:legal_address" }))
    })

    it("POST /store/b2b/one-click buys one product in a cart of its own and leaves the current cart untouched", async () => {
      const buyer = await createCustomer(api, pk)
      const owner = await createCustomer(api, pk)
      const viewer = await createCustomer(api, pk)
      const a = await createCompany(api, admin.headers, [{ customer_id: owner.id, role: "owner" }, { customer_id: buyer.id, role: "buyer" }, { customer_id: viewer.id, role: "viewer" }])
      const addr = (await api.post(`/store/b2b/addresses`, addressBody({ is_default: true }), { headers: owner.headers(a.id) })).data.address
      const h = buyer.headers(a.id)
      const current = await newCart(h, [{ variant_id: cable, quantity: 3 }])

      const res = await api.post(`/store/b2b/one-click`, { variant_id: lamp, quantity: 4 }, { headers: h })
      expect(res.status).toBe(201)
      expect(res.data.cart_id).not.toBe(current.id)
      const order = await orderOf(res.data.order.id)
      expect(order.items).toEqual([expect.objectContaining({ variant_id: lamp, quantity: 4 })])
      expect(order.customer_id).toBe(buyer.id)
      expect(order.shipping_address.address_1).toBe(addr.address)
      expect(order.payment_collections[0].payment_sessions[0].provider_id).toBe("pp_system_default")
      await until(async () => (await orderOf(order.id)).b2b_legal_entity?.id === a.id, "counterparty link")

      const after = (await api.get(`/store/carts/${current.id}`, { headers: h })).data.cart
      expect(after.completed_at ?? null).toBeNull()
      expect(after.items.map((i: any) => [i.variant_id, i.quantity])).toEqual([[cable, 3]])

      expect((await refusal(api.post(`/store/b2b/one-click`, { variant_id: lamp, quantity: 1 }, { headers: viewer.headers(a.id) }))).status).toBe(403)
      const unknown = await refusal(api.post(`/store/b2b/one-click`, { variant_id: "variant_nope", quantity: 1 }, { headers: h }))
      expect(unknown).toEqual({ status: 400, message: expect.stringMatching(/variant_id: product variant variant_nope was not found/) })
      expect((await refusal(api.post(`/store/b2b/one-click`, { variant_id: lamp, quantity: 0 }, { headers: h }))).message).toMatch(/quantity/)
    })

    it("guest one-click: off → 403; on → an order with the contact, catalog prices, no company; bad input 400; hourly limit 429; a manager attaches it once", async () => {
      const guest = { items: [{ sku: "VVG-3X2.5-OC", quantity: 2 }, { variant_id: lamp, quantity: 1 }], phone: "8 (915) 123-45-67", email: "Guest@Example.ru", name: "Анна", company_name: "ООО Ромашка", inn: "7707083893", comment: "Перезвоните после 14:00", consent: true }
      const hk = { "x-publishable-api-key": pk }
      const saved = { on: process.env.B2B_GUEST_ONE_CLICK, limit: process.env.B2B_GUEST_ORDERS_PER_HOUR }
      try {
        delete process.env.B2B_GUEST_ONE_CLICK
        const off = await refusal(api.post(`/store/b2b/guest-orders`, guest, { headers: hk }))
        expect(off.status).toBe(403)
        expect(off.message).toMatch(/turned off/)
        expect((await refusal(api.post(`/store/b2b/guest-orders`, {}, { headers: hk }))).status).toBe(403) // before any validation

        process.env.B2B_GUEST_ONE_CLICK = "true"
        process.env.B2B_GUEST_ORDERS_PER_HOUR = "2"
        const bad = async (body: Record<string, unknown>, field: RegExp) => {
          const r = await refusal(api.post(`/store/b2b/guest-orders`, { ...guest, ...body }, { headers: hk }))
          expect(r.status).toBe(400)
          expect(r.message).toMatch(field)
        }
        await bad({ phone: "позвоните Анне" }, /phone: a Russian phone number/)
        await bad({ phone: "+1 212 555 0100" }, /phone/)
        await bad({ email: "not-an-email" }, /email: must be a valid e-mail/)
        await bad({ inn: "7707083894" }, /inn: must be a valid INN/)
        await bad({ items: [] }, /items: at least one line/)
        await bad({ items: Array.from({ length: 101 }, () => ({ variant_id: lamp, quantity: 1 })) }, /items: at most 100 lines/)
        await bad({ items: [{ sku: "NO-SUCH-SKU", quantity: 1 }] }, /items\[0\]: no product with SKU NO-SUCH-SKU/)

        const res = await api.post(`/store/b2b/guest-orders`, guest, { headers: hk })
        expect(res.status).toBe(201)
        const order = await orderOf(res.data.order.id)
        expect(order.email).toBe("guest@example.ru")
        expect(order.metadata.b2b_guest).toEqual(expect.objectContaining({ phone: "+79151234567", email: "guest@example.ru", name: "Анна", company_name: "ООО Ромашка", inn: "7707083893", comment: "Перезвоните после 14:00" }))
        const prices = Object.fromEntries(order.items.map((i: any) => [i.variant_id, [Number(i.quantity), String(i.unit_price)]]))
        expect(prices).toEqual({ [cable]: [2, "1234.5"], [lamp]: [1, "990"] }) // catalog prices
        expect(order.shipping_methods.map((m: any) => m.shipping_option_id)).toEqual([cheapOptionId])
        expect(order.payment_collections[0].payment_sessions[0].provider_id).toBe("pp_system_default")
        await new Promise((r) => setTimeout(r, 1500)) // order.placed subscribers have run: still no counterparty
        expect((await orderOf(order.id)).b2b_legal_entity ?? null).toBeNull()

        // the hourly limit per phone (and per IP): the third order within the hour is refused
        const second = (await api.post(`/store/b2b/guest-orders`, { ...guest, phone: "+7 915 123 45 67", items: [{ variant_id: lamp, quantity: 3 }] }, { headers: hk })).data.order
        // ...per IP too: another phone from the same address is refused, and a forged X-Forwarded-For does not
        // make another client (no proxy is trusted by default)
        const limited = await refusal(api.post(`/store/b2b/guest-orders`, { ...guest, phone: "+7 916 000 00 01" }, { headers: { ...hk, "x-forwarded-for": "203.0.113.7" } }))
        expect(limited.status).toBe(429)
        expect(limited.message).toMatch(/at most 2 an hour/)

        // the manager's queue: unattached guest orders with their contact
        const list = (await api.get(`/admin/b2b/guest-orders`, { headers: admin.headers })).data
        expect(list.guest_orders.map((o: any) => o.id).sort()).toEqual([order.id, second.id].sort())
        expect(list.guest_orders[0].guest.phone).toBe("+79151234567")
        expect(list.unattached).toBe(2)

        // attach to a counterparty and one of its buyers: the buyer sees it in the company's history
        const buyer = await createCustomer(api, pk)
        const outsider = await createCustomer(api, pk)
        const a = await createCompany(api, admin.headers, [{ customer_id: buyer.id, role: "buyer" }])
        const notEmployee = await refusal(api.post(`/admin/b2b/guest-orders/${order.id}/attach`, { legal_entity_id: a.id, customer_id: outsider.id }, { headers: admin.headers }))
        expect(notEmployee).toEqual({ status: 400, message: expect.stringMatching(/customer_id: customer .* is not an employee/) })
        expect(await statusOf(api.post(`/admin/b2b/guest-orders/${order.id}/attach`, { legal_entity_id: "le_nope" }, { headers: admin.headers }))).toBe(404)
        expect(await statusOf(api.post(`/admin/b2b/guest-orders/order_nope/attach`, { legal_entity_id: a.id }, { headers: admin.headers }))).toBe(404)
        expect((await api.get(`/store/b2b/orders`, { headers: buyer.headers(a.id) })).data.orders).toEqual([])

        const attached = (await api.post(`/admin/b2b/guest-orders/${order.id}/attach`, { legal_entity_id: a.id, customer_id: buyer.id }, { headers: admin.headers })).data.guest_order
        expect(attached.legal_entity.id).toBe(a.id)
        expect(attached.attached).toEqual(expect.objectContaining({ legal_entity_id: a.id, customer_id: buyer.id, by_user_id: admin.user.id }))
        const after = await orderOf(order.id)
        expect(after.b2b_legal_entity.id).toBe(a.id)
        expect(after.customer_id).toBe(buyer.id)
        const history = (await api.get(`/store/b2b/orders`, { headers: buyer.headers(a.id) })).data.orders
        expect(history.map((o: any) => o.id)).toEqual([order.id])
        expect((await api.get(`/store/b2b/orders/${order.id}`, { headers: buyer.headers(a.id) })).status).toBe(200)

        const twice = await refusal(api.post(`/admin/b2b/guest-orders/${order.id}/attach`, { legal_entity_id: a.id }, { headers: admin.headers }))
        expect(twice.status).toBe(409)
        expect(twice.message).toMatch(/already attached/)
        // the queue puts what is still unattached first
        const queue = (await api.get(`/admin/b2b/guest-orders`, { headers: admin.headers })).data
        expect(queue.guest_orders.map((o: any) => o.id)).toEqual([second.id, order.id])
        expect(queue.unattached).toBe(1)
        expect((await api.get(`/admin/b2b/guest-orders?attached=false`, { headers: admin.headers })).data.guest_orders.map((o: any) => o.id)).toEqual([second.id])
      } finally {
        if (saved.on === undefined) delete process.env.B2B_GUEST_ONE_CLICK
        else process.env.B2B_GUEST_ONE_CLICK = saved.on
        if (saved.limit === undefined) delete process.env.B2B_GUEST_ORDERS_PER_HOUR
        else process.env.B2B_GUEST_ORDERS_PER_HOUR = saved.limit
      }
    })
  },
})
