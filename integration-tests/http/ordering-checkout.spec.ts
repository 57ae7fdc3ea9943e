import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createAdmin, createCompany, createCustomer, rubRegion, statusOf, storefrontKey } from "../utils/b2b"

jest.setTimeout(300 * 1000)

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

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86400000).toISOString().slice(0, 10)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let pk: string
    let regionId: string
    let variantId: string
    let moscow: { id: string; name: string }
    let spb: { id: string; name: string }

    beforeEach(async () => {
      const c = getContainer()
      admin = await createAdmin(c)
      const { sc, pk: token } = await storefrontKey(c)
      pk = token
      regionId = await rubRegion(c)
      const { result } = await createProductsWorkflow(c).run({
        input: { products: [{ title: "Кабель ВВГнг-LS 3x2,5", status: "published", sales_channels: [{ id: sc.id }], options: [{ title: "Вид", values: ["бухта"] }],
          variants: [{ title: "бухта", sku: "VVG-3X2.5-CO", options: { Вид: "бухта" }, manage_inventory: false, prices: [{ amount: 1234.5, currency_code: "rub" }] }] }] },
      })
      variantId = result[0].variants[0].id
      const locations = c.resolve(Modules.STOCK_LOCATION)
      const [m, s] = await locations.createStockLocations([
        { name: "Склад Москва (Южный порт)", address: { city: "Москва", address_1: "2-й Южнопортовый пр., д. 18", country_code: "ru" }, metadata: { region_code: "central" } },
        { name: "Склад Санкт-Петербург (Шушары)", address: { city: "Санкт-Петербург", address_1: "Московское ш., д. 70", country_code: "ru" }, metadata: { region_code: "northwest" } },
      ])
      moscow = { id: m.id, name: m.name }
      spb = { id: s.id, name: s.name }
    })

    const addressBody = (extra: Record<string, unknown> = {}) => ({
      label: "Объект на Варшавке",
      consignee_name: "ООО «СтройМонтаж-Юг»",
      consignee_inn: "7707083893",
      consignee_kpp: "773601001",
      postal_code: "117638",
      address: "г. Москва, Варшавское ш., д. 125, стр. 1",
      region_code: "central",
      contact_name: "Сидоров Пётр",
      phone: "+7 495 123-45-67",
      email: "Sklad@Example.ru",
      comment: "Въезд с торца, разгрузка до 17:00",
      ...extra,
    })

    it("address book: CRUD of the acting counterparty only, one default, permissions, 400 naming the field, blocked counterparties cannot write", async () => {
      const ownerA = await createCustomer(api, pk)
      const buyerA = await createCustomer(api, pk)
      const viewerA = await createCustomer(api, pk)
      const ownerB = await createCustomer(api, pk)
      const a = await createCompany(api, admin.headers, [
        { customer_id: ownerA.id, role: "owner" },
        { customer_id: buyerA.id, role: "buyer" },
        { customer_id: viewerA.id, role: "viewer" },
      ])
      const b = await createCompany(api, admin.headers, [{ customer_id: ownerB.id, role: "owner" }])
      const hA = ownerA.headers(a.id)
      const hB = ownerB.headers(b.id)

      const first = (await api.post(`/store/b2b/addresses`, addressBody({ is_default: true }), { headers: hA })).data.address
      expect(first).toEqual(expect.objectContaining({ legal_entity_id: a.id, kind: "delivery", is_default: true, email: "sklad@example.ru", one_c_id: null, consignee_kpp: "773601001" }))
      expect(first.id).toMatch(/^badr_/)
      const second = (await api.post(`/store/b2b/addresses`, { address: "г. Подольск, ул. Складская, д. 3", label: "Склад Подольск", is_default: true }, { headers: hA })).data.address
      expect(second.is_default).toBe(true)
      let list = (await api.get(`/store/b2b/addresses`, { headers: hA })).data.addresses as any[]
      expect(list.map((x) => x.id)).toEqual([second.id, first.id]) // the default first
      expect(list.filter((x) => x.is_default).map((x) => x.id)).toEqual([second.id])

      // making the first one default again unsets the second (one default per legal entity)
      const updated = (await api.post(`/store/b2b/addresses/${first.id}`, { is_default: true, phone: "8 (495) 765-43-21" }, { headers: hA })).data.address
      expect(updated).toEqual(expect.objectContaining({ id: first.id, is_default: true, phone: "8 (495) 765-43-21", label: "Объект на Варшавке" }))
      list = (await api.get(`/store/b2b/addresses`, { headers: hA })).data.addresses
      expect(list.filter((x) => x.is_default).map((x) => x.id)).toEqual([first.id])
      expect((await api.get(`/store/b2b/addresses/${second.id}`, { headers: hA })).data.address.is_default).toBe(false)

      // the buyer reads the book (to choose at checkout) but does not edit it; the viewer has neither
      expect((await api.get(`/store/b2b/addresses`, { headers: buyerA.headers(a.id) })).data.addresses).toHaveLength(2)
      expect(await statusOf(api.post(`/store/b2b/addresses`, addressBody(), { headers: buyerA.headers(a.id) }))).toBe(403)
      expect(await statusOf(api.delete(`/store/b2b/addresses/${second.id}`, { headers: buyerA.headers(a.id) }))).toBe(403)
      expect(await statusOf(api.get(`/store/b2b/addresses`, { headers: viewerA.headers(a.id) }))).toBe(403)
      const viewerCreate = await refusal(api.post(`/store/b2b/addresses`, addressBody(), { headers: viewerA.headers(a.id) }))
      expect(viewerCreate.status).toBe(403)
      expect(viewerCreate.message).toMatch(/addresses\.manage/)

      // another company: 404 on every id route, never in its list
      const own = (await api.post(`/store/b2b/addresses`, { address: "г. Казань, ул. Техническая, д. 10" }, { headers: hB })).data.address
      expect(own.is_default).toBe(false)
      expect(await statusOf(api.get(`/store/b2b/addresses/${first.id}`, { headers: hB }))).toBe(404)
      expect(await statusOf(api.post(`/store/b2b/addresses/${first.id}`, { label: "чужой" }, { headers: hB }))).toBe(404)
      expect(await statusOf(api.delete(`/store/b2b/addresses/${first.id}`, { headers: hB }))).toBe(404)
      expect((await api.get(`/store/b2b/addresses`, { headers: hB })).data.addresses.map((x: any) => x.id)).toEqual([own.id])
      expect((await api.get(`/store/b2b/addresses/${first.id}`, { headers: hA })).data.address.label).toBe("Объект на Варшавке")

      // bad input: 400 naming the field
      const bad = async (body: Record<string, unknown>, field: RegExp) => {
        const r = await refusal(api.post(`/store/b2b/addresses`, body, { headers: hA }))
        expect(r.status).toBe(400)
        expect(r.message).toMatch(field)
      }
      await bad(addressBody({ consignee_inn: "7707083894" }), /consignee_inn: must be a valid INN/)
      await bad(addressBody({ consignee_kpp: "77360" }), /consignee_kpp: must be a valid KPP/)
      await bad(addressBody({ consignee_inn: "500100732259" }), /consignee_kpp: only an organisation/)
      await bad(addressBody({ phone: "позвонить Пете" }), /phone: a phone number/)
      await bad(addressBody({ email: "not-an-email" }), /email: must be a valid e-mail/)
      await bad(addressBody({ postal_code: "1176" }), /postal_code: must be 6 digits/)
      await bad(addressBody({ kind: "warehouse" }), /kind/)
      await bad({ label: "без адреса" }, /address/)
      await bad(addressBody({ legal_entity_id: b.id }), /legal_entity_id/) // no choosing the owner
      expect(await statusOf(api.post(`/store/b2b/addresses/${first.id}`, { address: "" }, { headers: hA }))).toBe(400)

      // delete: gone from the book, 404 afterwards
      expect((await api.delete(`/store/b2b/addresses/${second.id}`, { headers: hA })).data).toEqual({ id: second.id, object: "address", deleted: true })
      expect((await api.get(`/store/b2b/addresses`, { headers: hA })).data.addresses.map((x: any) => x.id)).toEqual([first.id])
      expect(await statusOf(api.get(`/store/b2b/addresses/${second.id}`, { headers: hA }))).toBe(404)

      // a blocked counterparty reads but cannot write
      await api.post(`/admin/b2b/legal-entities/${a.id}`, { status: "blocked", blocked_reason: "Долг" }, { headers: admin.headers })
      expect((await api.get(`/store/b2b/addresses`, { headers: hA })).status).toBe(200)
      const blocked = await refusal(api.post(`/store/b2b/addresses`, addressBody(), { headers: hA }))
      expect(blocked.status).toBe(403)
      expect(blocked.message).toMatch(/blocked/)
      expect(await statusOf(api.post(`/store/b2b/addresses/${first.id}`, { label: "x" }, { headers: hA }))).toBe(403)
      expect(await statusOf(api.delete(`/store/b2b/addresses/${first.id}`, { headers: hA }))).toBe(403)
    })

    async function newCart(h: Record<string, string>, qty = 2) {
      return (await api.post(`/store/carts`, { region_id: regionId, items: [{ variant_id: variantId, quantity: qty }] }, { headers: h })).data.cart as { id: string }
    }
    async function complete(h: Record<string, string>, cartId: string) {
      const pc = (await api.post(`/store/payment-collections`, { cart_id: cartId }, { headers: h })).data.payment_collection
      await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: h })
      const res = (await api.post(`/store/carts/${cartId}/complete`, {}, { headers: h })).data
      expect(res.type).toBe("order")
      return res.order as { id: string }
    }

    it("checkout details are checked, kept on the cart with its shipping address, and carried into the order", async () => {
      const owner = await createCustomer(api, pk)
      const viewer = await createCustomer(api, pk)
      const stranger = await createCustomer(api, pk)
      const a = await createCompany(api, admin.headers, [{ customer_id: owner.id, role: "owner" }, { customer_id: viewer.id, role: "viewer" }], { region_code: "central" })
      const b = await createCompany(api, admin.headers, [{ customer_id: stranger.id, role: "owner" }])
      const h = owner.headers(a.id)
      const addr = (await api.post(`/store/b2b/addresses`, addressBody(), { headers: h })).data.address
      const foreign = (await api.post(`/store/b2b/addresses`, { address: "г. Казань, ул. Техническая, д. 10" }, { headers: stranger.headers(b.id) })).data.address
      const cart = await newCart(h)
      const url = `/store/b2b/carts/${cart.id}/checkout`
      const tomorrow = isoDay(2)

      const checkoutRefusal = async (body: Record<string, unknown>, status: number, msg: RegExp, headers = h) => {
        const r = await refusal(api.post(url, body, { headers }))
        expect(r.status).toBe(status)
        expect(r.message).toMatch(msg)
      }
      // who may: the cart's owner with orders.create, acting for the cart's company
      await checkoutRefusal({ delivery_method: "delivery", address_id: addr.id }, 403, /orders\.create/, viewer.headers(a.id))
      expect(await statusOf(api.post(url, { delivery_method: "delivery" }, { headers: stranger.headers(b.id) }))).toBe(404)
      expect(await statusOf(api.post(url, {}, { headers: stranger.headers(b.id) }))).toBe(404) // 404 before any 400
      // what: each bad field is named
      await checkoutRefusal({ delivery_method: "delivery", address_id: addr.id, requested_date: "2020-01-10" }, 400, /requested_date: cannot be in the past/)
      await checkoutRefusal({ delivery_method: "delivery", address_id: addr.id, requested_date: "2099-02-30" }, 400, /requested_date: no such date/)
      await checkoutRefusal({ delivery_method: "delivery", address_id: addr.id, requested_date: "10.12.2026" }, 400, /requested_date/)
      await checkoutRefusal({ delivery_method: "delivery", address_id: addr.id, time_window: "13:00-09:00" }, 400, /time_window: the start must be before the end/)
      await checkoutRefusal({ delivery_method: "delivery", address_id: addr.id, time_window: "утром" }, 400, /time_window: a window such as 09:00-13:00/)
      await checkoutRefusal({ delivery_method: "delivery", address_id: addr.id, comment: "x".repeat(1001) }, 400, /comment/)
      await checkoutRefusal({ delivery_method: "delivery", address_id: addr.id, po_number: "P".repeat(51) }, 400, /po_number/)
      await checkoutRefusal({ delivery_method: "courier" }, 400, /delivery_method/)
      await checkoutRefusal({ address_id: addr.id }, 400, /delivery_method/)
      await checkoutRefusal({ delivery_method: "pickup" }, 400, /pickup_location_id: required for pickup/)
      await checkoutRefusal({ delivery_method: "delivery", consignee: { name: "ООО Ромашка", inn: "123" } }, 400, /consignee\.inn: must be a valid INN/)
      await checkoutRefusal({ delivery_method: "delivery", address_id: foreign.id }, 400, /address_id: address .* is not in your company's address book/)
      await checkoutRefusal({ delivery_method: "delivery" }, 400, /address_id: choose a delivery address/) // no default, no address on the cart
      // pickup only from a warehouse of the counterparty's sales region
      await checkoutRefusal({ delivery_method: "pickup", pickup_location_id: spb.id }, 400, /pickup_location_id: warehouse «Склад Санкт-Петербург \(Шушары\)» is in sales region northwest, not in your region central/)
      await checkoutRefusal({ delivery_method: "pickup", pickup_location_id: "sloc_nope" }, 400, /pickup_location_id: warehouse sloc_nope was not found/)
      const pickup = (await api.post(url, { delivery_method: "pickup", pickup_location_id: moscow.id, requested_date: tomorrow }, { headers: h })).data
      expect(pickup.checkout).toEqual(expect.objectContaining({ delivery_method: "pickup", pickup_location_id: moscow.id, region_code: "central", address_id: null }))
      expect(pickup.checkout.pickup_location).toEqual(expect.objectContaining({ name: moscow.name, region_code: "central" }))

      // delivery to an address of the book: details saved, the cart's shipping address filled from it
      const saved = (
        await api.post(
          url,
          { delivery_method: "delivery", address_id: addr.id, requested_date: tomorrow, time_window: "09:00 - 13:00", comment: "Позвонить за час", po_number: "PO-2026/117" },
          { headers: h }
        )
      ).data
      const expected = {
        delivery_method: "delivery",
        address_id: addr.id,
        consignee: { name: "ООО «СтройМонтаж-Юг»", inn: "7707083893", kpp: "773601001" },
        pickup_location_id: null,
        requested_date: tomorrow,
        time_window: "09:00-13:00",
        comment: "Позвонить за час",
        po_number: "PO-2026/117",
      }
      expect(saved.checkout).toEqual(expect.objectContaining(expected))
      expect(saved.checkout.address).toEqual(expect.objectContaining({ address: addr.address, postal_code: "117638", phone: "+7 495 123-45-67" }))
      expect(saved.cart.metadata.b2b_checkout).toEqual(expect.objectContaining(expected))
      expect(saved.cart.shipping_address).toEqual(
        expect.objectContaining({ address_1: addr.address, postal_code: "117638", company: "ООО «СтройМонтаж-Юг»", first_name: "Сидоров Пётр", phone: "+7 495 123-45-67", country_code: "ru" })
      )
      // Medusa's own cart route shows them too; other metadata of the cart is kept
      const viaCore = (await api.get(`/store/carts/${cart.id}`, { headers: h })).data.cart
      expect(viaCore.metadata.b2b_checkout.po_number).toBe("PO-2026/117")

      // an explicit consignee wins over the address's one
      const withConsignee = (await api.post(url, { delivery_method: "delivery", address_id: addr.id, consignee: { name: "ИП Кузнецов А. В.", inn: "500100732259" }, po_number: "PO-2026/118", requested_date: tomorrow, time_window: "10:00-12:00" }, { headers: h })).data
      expect(withConsignee.checkout.consignee).toEqual({ name: "ИП Кузнецов А. В.", inn: "500100732259", kpp: null })
      expect(withConsignee.cart.shipping_address.company).toBe("ИП Кузнецов А. В.")

      // completion: the order carries the details (Medusa copies cart metadata) and the shipping address
      const order = await complete(h, cart.id)
      const shown = (await api.get(`/store/b2b/orders/${order.id}`, { headers: h })).data.order
      expect(shown.metadata.b2b_checkout).toEqual(
        expect.objectContaining({ delivery_method: "delivery", address_id: addr.id, po_number: "PO-2026/118", requested_date: tomorrow, time_window: "10:00-12:00", consignee: { name: "ИП Кузнецов А. В.", inn: "500100732259", kpp: null } })
      )
      expect(shown.metadata.b2b_checkout.address.address).toBe(addr.address)
      expect(shown.shipping_address).toEqual(expect.objectContaining({ address_1: addr.address, postal_code: "117638", company: "ИП Кузнецов А. В." }))
      // a completed cart takes no more details
      expect(await statusOf(api.post(url, { delivery_method: "delivery", address_id: addr.id }, { headers: h }))).toBe(400)

      // the default address is used when delivery names none; deleting the address later leaves the order's copy intact
      await api.post(`/store/b2b/addresses/${addr.id}`, { is_default: true }, { headers: h })
      const cart2 = await newCart(h, 1)
      const byDefault = (await api.post(`/store/b2b/carts/${cart2.id}/checkout`, { delivery_method: "delivery" }, { headers: h })).data
      expect(byDefault.checkout.address_id).toBe(addr.id)
      expect(byDefault.cart.shipping_address.address_1).toBe(addr.address)
      await api.delete(`/store/b2b/addresses/${addr.id}`, { headers: h })
      expect((await api.get(`/store/b2b/orders/${order.id}`, { headers: h })).data.order.metadata.b2b_checkout.address.address).toBe(addr.address)

      // a counterparty without a sales region may collect anywhere
      const cartB = await newCart(stranger.headers(b.id), 1)
      const anywhere = (await api.post(`/store/b2b/carts/${cartB.id}/checkout`, { delivery_method: "pickup", pickup_location_id: spb.id }, { headers: stranger.headers(b.id) })).data
      expect(anywhere.checkout).toEqual(expect.objectContaining({ delivery_method: "pickup", pickup_location_id: spb.id, region_code: null }))
      const orderB = await complete(stranger.headers(b.id), cartB.id)
      expect((await api.get(`/store/b2b/orders/${orderB.id}`, { headers: stranger.headers(b.id) })).data.order.metadata.b2b_checkout.pickup_location.name).toBe(spb.name)
    })
  },
})
