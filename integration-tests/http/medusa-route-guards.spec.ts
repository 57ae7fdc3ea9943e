import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { COMPANY_MODULE } from "../../src/modules/company"
import { createAdmin, createCompany, createCustomer, rubRegion, setupShipping, statusOf, storefrontKey } from "../utils/b2b"

jest.setTimeout(600 * 1000)

/**
 * Medusa's own store routes that name a cart, order or payment collection in the body or query (issue 15):
 * each was answered for any signed-in buyer of another company. Objects of company B, requested by a buyer
 * and a viewer of company A, must be 404 — exactly as an unknown id.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let pk: string
    let regionId: string
    let variant: string
    let optionId: string

    beforeEach(async () => {
      const c = getContainer()
      admin = await createAdmin(c)
      const { sc, pk: token } = await storefrontKey(c)
      pk = token
      regionId = await rubRegion(c)
      const [loc] = await c.resolve(Modules.STOCK_LOCATION).createStockLocations([{ name: "Склад", address: { city: "Москва", address_1: "ул. Складская, 1", country_code: "ru" } }])
      await c.resolve(ContainerRegistrationKeys.LINK).create({ [Modules.SALES_CHANNEL]: { sales_channel_id: sc.id }, [Modules.STOCK_LOCATION]: { stock_location_id: loc.id } })
      const ship = await setupShipping(c, loc.id)
      optionId = ship.shippingOptionId
      const { result } = await createProductsWorkflow(c).run({
        input: {
          products: [
            { title: "Кабель", status: "published", shipping_profile_id: ship.shippingProfileId, sales_channels: [{ id: sc.id }], options: [{ title: "Вид", values: ["бухта"] }],
              variants: [{ title: "бухта", sku: "CABLE-G", options: { Вид: "бухта" }, manage_inventory: false, prices: [{ amount: 100, currency_code: "rub" }] }] },
          ],
        },
      })
      variant = result[0].variants[0].id
    })

    async function world() {
      const buyerA = await createCustomer(api, pk)
      const viewerA = await createCustomer(api, pk)
      const ownerB = await createCustomer(api, pk)
      const a = await createCompany(api, admin.headers, [{ customer_id: buyerA.id, role: "buyer" }, { customer_id: viewerA.id, role: "viewer" }])
      const b = await createCompany(api, admin.headers, [{ customer_id: ownerB.id, role: "owner" }])
      const hB = ownerB.headers(b.id)
      const address = { first_name: "Пётр", last_name: "Сидоров", address_1: "ул. Ленина, 1", city: "Москва", country_code: "ru", postal_code: "101000" }
      // B's order as 1C's offline orders arrive: through the order module, linked to the counterparty
      const orderB = await getContainer().resolve(Modules.ORDER).createOrders({
        email: ownerB.email, customer_id: ownerB.id, region_id: regionId, currency_code: "rub", status: "pending",
        items: [{ title: "Кабель", variant_id: variant, quantity: 2, unit_price: 100 }],
      } as any)
      await getContainer().resolve(ContainerRegistrationKeys.LINK).create({ [COMPANY_MODULE]: { b2b_legal_entity_id: b.id }, [Modules.ORDER]: { order_id: orderB.id } })
      const cartB = (await api.post(`/store/carts`, { region_id: regionId, items: [{ variant_id: variant, quantity: 1 }], shipping_address: address }, { headers: hB })).data.cart
      const pcB = (await api.post(`/store/payment-collections`, { cart_id: cartB.id }, { headers: hB })).data.payment_collection
      return { buyerA, viewerA, ownerB, a, b, hB, orderB, cartB, pcB }
    }

    it("another company's order, cart and payment collection named in a body or query are 404", async () => {
      const w = await world()
      const outsiders = [w.buyerA.headers(w.a.id), w.viewerA.headers(w.a.id)]
      const leaks: string[] = []
      const expect404 = async (what: string, p: () => Promise<any>) => {
        const s = await statusOf(p())
        if (s !== 404) leaks.push(`${what} → ${s}`)
      }
      for (const h of outsiders) {
        await expect404("POST /store/returns", () =>
          api.post(`/store/returns`, { order_id: w.orderB.id, items: [{ id: w.orderB.items[0].id, quantity: 1 }], return_shipping: { option_id: optionId } }, { headers: h }))
        await expect404("POST /store/payment-collections", () => api.post(`/store/payment-collections`, { cart_id: w.cartB.id }, { headers: h }))
        await expect404("POST /store/payment-collections/:id/payment-sessions", () =>
          api.post(`/store/payment-collections/${w.pcB.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: h }))
        await expect404("GET /store/shipping-options?cart_id", () => api.get(`/store/shipping-options?cart_id=${w.cartB.id}`, { headers: h }))
        await expect404("POST /store/shipping-options/:id/calculate", () => api.post(`/store/shipping-options/${optionId}/calculate`, { cart_id: w.cartB.id }, { headers: h }))
        await expect404("POST /store/orders/:id/transfer/request", () => api.post(`/store/orders/${w.orderB.id}/transfer/request`, {}, { headers: h }))
      }
      // and a guest (no sign-in) fares no better with a company's cart
      const guest = { "x-publishable-api-key": pk }
      await expect404("guest POST /store/payment-collections", () => api.post(`/store/payment-collections`, { cart_id: w.cartB.id }, { headers: guest }))
      await expect404("guest GET /store/shipping-options?cart_id", () => api.get(`/store/shipping-options?cart_id=${w.cartB.id}`, { headers: guest }))
      expect(leaks).toEqual([])

      // nothing was written on B's objects: no second payment session, no return
      const { data: [pc] } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "payment_collection", fields: ["id", "payment_sessions.id"], filters: { id: w.pcB.id } })
      expect(pc.payment_sessions ?? []).toHaveLength(0)
      const returns = await getContainer().resolve(Modules.ORDER).listReturns({ order_id: w.orderB.id } as any)
      expect(returns).toHaveLength(0)
    })

    it("the owner still uses the same routes on own objects; returns go through after-sales requests", async () => {
      const w = await world()
      expect((await api.post(`/store/payment-collections`, { cart_id: w.cartB.id }, { headers: w.hB })).status).toBe(200)
      expect((await api.post(`/store/payment-collections/${w.pcB.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: w.hB })).status).toBe(200)
      const opts = (await api.get(`/store/shipping-options?cart_id=${w.cartB.id}`, { headers: w.hB })).data.shipping_options
      expect(opts.map((o: any) => o.id)).toContain(optionId)
      // Medusa's own return route is closed for everybody: the portal's after-sales request is the way
      const own = await api.post(`/store/returns`, { order_id: w.orderB.id, items: [{ id: w.orderB.items[0].id, quantity: 1 }], return_shipping: { option_id: optionId } }, { headers: w.hB }).catch((e) => e.response)
      expect(own.status).toBe(403)
      expect(own.data.message).toMatch(/\/store\/b2b\/orders\/:id\/requests/)
    })

    it("calculating a shipping option's price is never a 500", async () => {
      const w = await world()
      const res = await api.post(`/store/shipping-options/${optionId}/calculate`, { cart_id: w.cartB.id }, { headers: w.hB }).catch((e) => e.response)
      expect(res.status).toBeLessThan(500)
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/flat/)
      const unknown = await api.post(`/store/shipping-options/so_unknown/calculate`, { cart_id: w.cartB.id }, { headers: w.hB }).catch((e) => e.response)
      expect(unknown.status).toBe(404)
    })
  },
})
