process.env.ONE_C_EXCHANGE_LOGIN = "exchange"
process.env.ONE_C_EXCHANGE_PASSWORD = "s3cret-exchange"
process.env.ONE_C_PUSH_FORMAT = "json"

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow, createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { COMPANY_MODULE } from "../../src/modules/company"
import { ONE_C_MODULE, ORDER_REQUISITES as R } from "../../src/modules/one-c"
import { todayInMoscow } from "../../src/modules/ordering"
import { orderPayload } from "../../src/workflows/one-c/utils/push-order"
import { createAdmin, createCompany, createCustomer, randomInn, rubRegion, setupShipping, storefrontKey, uniq } from "../utils/b2b"
import { OneCClient } from "../utils/one-c"

jest.setTimeout(400 * 1000)

const inDays = (n: number) => {
  const d = new Date(`${todayInMoscow()}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

/** The value of a document requisite (ЗначенияРеквизитов) of one `<Документ>`, or undefined. */
const requisite = (doc: string, name: string) =>
  new RegExp(`<ЗначениеРеквизита><Наименование>${name}</Наименование><Значение>([^<]*)</Значение></ЗначениеРеквизита>`).exec(doc)?.[1]

/**
 * Issue 18, "what the buyer chose reaches 1C": an order placed with full checkout details (delivery to an
 * address of the book, an explicit consignee, date and time window, PO number, comment), priced under an
 * agreement that came from 1C, sold by a seller organization with a 1C id — the mode=query document and the
 * pushed JSON carry each value where README "1C: what an order carries" says; a pickup order names the
 * warehouse by its 1C id; orders placed as several name each other.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let pk: string
    let regionId: string
    let locA: string
    let shippingOptionId: string
    let seller: { id: string; inn: string }
    let cable: string
    let breaker: string

    beforeEach(async () => {
      const c = getContainer()
      admin = await createAdmin(c)
      const link = c.resolve(ContainerRegistrationKeys.LINK)
      const sf = await storefrontKey(c)
      pk = sf.pk
      regionId = await rubRegion(c)
      const { result: locs } = await createStockLocationsWorkflow(c).run({
        input: { locations: [{ name: "Склад Москва (Южный порт)", address: { address_1: "г. Москва, 2-й Южнопортовый пр., 18", country_code: "ru" } }] },
      })
      locA = locs[0].id
      await link.create({ [Modules.SALES_CHANNEL]: { sales_channel_id: sf.sc.id }, [Modules.STOCK_LOCATION]: { stock_location_id: locA } })
      // the warehouse came from 1C: its Ид is mapped to the stock location
      await c.resolve<any>(ONE_C_MODULE).upsertMappings([{ kind: "warehouse", external_id: "b1c0-sklad-msk-0001", internal_id: locA }])
      const shipping = await setupShipping(c, locA)
      shippingOptionId = shipping.shippingOptionId
      const company = c.resolve(COMPANY_MODULE) as any
      const inn = randomInn()
      const [s1, s2] = await company.createB2bSellerOrganizations([
        { name: "ООО «ЭлектроОпт»", full_name: "Общество с ограниченной ответственностью «ЭлектроОпт»", inn, kpp: "772801001", one_c_id: "b1c0-org-0001" },
        { name: "ООО «Автоматика»", full_name: "ООО «Автоматика»", inn: randomInn() },
      ])
      seller = { id: s1.id, inn }
      const product = (title: string, sku: string, price: number) => ({
        title,
        status: "published" as const,
        shipping_profile_id: shipping.shippingProfileId,
        sales_channels: [{ id: sf.sc.id }],
        options: [{ title: "Вид", values: ["std"] }],
        variants: [{ title: "std", sku, options: { Вид: "std" }, manage_inventory: false, prices: [{ amount: price, currency_code: "rub" }] }],
      })
      const { result } = await createProductsWorkflow(c).run({ input: { products: [product("Кабель ВВГнг-LS 3x2,5", uniq("VVG-"), 1000), product("Автомат АВ 16А", uniq("AV-"), 700)] } })
      cable = result[0].variants[0].id
      breaker = result[1].variants[0].id
      await link.create([
        { [COMPANY_MODULE]: { b2b_seller_organization_id: s1.id }, [Modules.PRODUCT]: { product_id: result[0].id } },
        { [COMPANY_MODULE]: { b2b_seller_organization_id: s2.id }, [Modules.PRODUCT]: { product_id: result[1].id } },
      ])
    })

    /** A buyer whose company has an agreement from 1C (its own price type, 14 days to pay) and an address in its book. */
    async function buyer() {
      const b = await createCustomer(api, pk)
      const le = await createCompany(api, admin.headers, [{ customer_id: b.id, role: "owner" }])
      const h = b.headers()
      const type = (await api.post(`/admin/b2b/pricing/price-types`, { code: uniq("opt"), name: "Оптовая", vat_included: true }, { headers: admin.headers })).data.price_type
      await api.post(`/admin/b2b/pricing/variant-prices`, { prices: [{ variant_id: cable, price_type_id: type.id, amount: "950.00" }, { variant_id: breaker, price_type_id: type.id, amount: "650.00" }] }, { headers: admin.headers })
      const agreement = (
        await api.post(
          `/admin/b2b/pricing/agreements`,
          { number: "ДП-2026/041", name: "Договор поставки", legal_entity_id: le.id, price_type_id: type.id, payment_terms_days: 14, seller_organization_id: seller.id, one_c_id: "b1c0-dogovor-0041" },
          { headers: admin.headers }
        )
      ).data.agreement
      const address = (
        await api.post(`/store/b2b/addresses`, { label: "Объект на Варшавке", address: "г. Москва, Варшавское ш., д. 125, стр. 1", postal_code: "117638", contact_name: "Сидоров Пётр", phone: "+7 495 123-45-67" }, { headers: h })
      ).data.address
      return { b, h, le, agreement, address }
    }

    /** An API call whose refusal fails the test with the server's message. */
    const ok = <T,>(p: Promise<T>) => p.catch((e: any) => Promise.reject(new Error(`${e.response?.status}: ${JSON.stringify(e.response?.data)}`)))

    async function readyCart(h: Record<string, string>, items: { variant_id: string; quantity: number }[], checkout: Record<string, unknown>) {
      // lines through the cart route (contract-priced as they go in), so the cart is current before payment
      const cart = (await api.post(`/store/carts`, { region_id: regionId }, { headers: h })).data.cart
      for (const item of items) await ok(api.post(`/store/carts/${cart.id}/line-items`, item, { headers: h }))
      await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shippingOptionId }, { headers: h })
      await api.post(`/store/b2b/carts/${cart.id}/checkout`, checkout, { headers: h })
      const pc = (await api.post(`/store/payment-collections`, { cart_id: cart.id }, { headers: h })).data.payment_collection
      await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: h })
      return cart.id as string
    }

    async function queryDocs() {
      const cl = new OneCClient(api)
      await cl.start("sale", "2.09")
      const xml = (await cl.call("sale", "query")).text
      await cl.call("sale", "success")
      return xml.split("<Документ>").slice(1)
    }

    it("delivery with consignee, dates, PO number and comment: mode=query and the push carry each value", async () => {
      const { h, le, agreement, address } = await buyer()
      const date = inDays(3)
      const cartId = await readyCart(h, [{ variant_id: cable, quantity: 4 }], {
        delivery_method: "delivery",
        address_id: address.id,
        consignee: { name: "ООО «СтройМонтаж-Юг»", inn: "7707083893", kpp: "773601001" },
        requested_date: date,
        time_window: "09:00-13:00",
        po_number: "PO-2026/117",
        comment: "Позвонить за час до приезда",
      })
      const order = ((await ok(api.post(`/store/carts/${cartId}/complete`, {}, { headers: h }))) as any).data.order
      const number = `B2B-${String(order.display_id).padStart(6, "0")}`

      const doc = (await queryDocs()).find((d) => d.includes(`<Ид>${order.id}</Ид>`))!
      expect(doc).toBeDefined()
      // the buyer and, beside it, the consignee as a counterparty of its own
      expect(doc).toContain(`<ИНН>${le.inn}</ИНН>`)
      expect(doc).toContain(
        "<Контрагент><Ид>7707083893_773601001</Ид><Наименование>ООО «СтройМонтаж-Юг»</Наименование><ОфициальноеНаименование>ООО «СтройМонтаж-Юг»</ОфициальноеНаименование><Адрес><Представление>г. Москва, Варшавское ш., д. 125, стр. 1</Представление></Адрес><ИНН>7707083893</ИНН><КПП>773601001</КПП><Роль>Грузополучатель</Роль></Контрагент></Контрагенты>"
      )
      // the comment from the checkout, and the payment term from the agreement
      expect(doc).toContain("<Комментарий>Позвонить за час до приезда</Комментарий>")
      const due = new Date(new Date(order.created_at).getTime() + 14 * 86_400_000).toISOString().slice(0, 10)
      expect(doc).toContain(`<СрокПлатежа>${due}</СрокПлатежа>`)
      const want: [string, string][] = [
        [R.deliveryMethod, "Доставка"],
        [R.deliveryAddress, "г. Москва, Варшавское ш., д. 125, стр. 1"],
        [R.consignee, "ООО «СтройМонтаж-Юг»"],
        [R.consigneeInn, "7707083893"],
        [R.consigneeKpp, "773601001"],
        [R.requestedDate, date],
        [R.timeWindow, "09:00-13:00"],
        [R.poNumber, "PO-2026/117"],
        [R.comment, "Позвонить за час до приезда"],
        [R.contract, "ДП-2026/041 Договор поставки"],
        [R.contractId, "b1c0-dogovor-0041"],
        [R.agreement, "ДП-2026/041 Договор поставки"],
        [R.agreementId, "b1c0-dogovor-0041"],
        [R.seller, "ООО «ЭлектроОпт»"],
        [R.sellerInn, seller.inn],
        [R.sellerId, "b1c0-org-0001"],
      ]
      for (const [name, value] of want) expect([name, requisite(doc, name)]).toEqual([name, value])
      // a single order names no warehouse, no split
      for (const name of [R.warehouse, R.warehouseId, R.splitPart, R.splitSiblings]) expect([name, requisite(doc, name)]).toEqual([name, undefined])

      // the push (JSON) carries the same
      const json = JSON.parse((await orderPayload(getContainer(), order.id)).body.toString("utf8"))
      expect(json.number).toBe(number)
      expect(json.agreement).toEqual({ id: agreement.id, one_c_id: "b1c0-dogovor-0041", number: "ДП-2026/041", name: "Договор поставки" })
      expect(json.payment_due).toBe(due)
      expect(json.seller_organization).toEqual(expect.objectContaining({ id: seller.id, one_c_id: "b1c0-org-0001", inn: seller.inn }))
      expect(json.comment).toBe("Позвонить за час до приезда")
      expect(json.checkout).toEqual({
        delivery_method: "delivery",
        address: "г. Москва, Варшавское ш., д. 125, стр. 1",
        address_one_c_id: null,
        consignee: { name: "ООО «СтройМонтаж-Юг»", inn: "7707083893", kpp: "773601001" },
        warehouse: null,
        requested_date: date,
        time_window: "09:00-13:00",
        preorder_date: null,
        po_number: "PO-2026/117",
        comment: "Позвонить за час до приезда",
      })
      expect(json.split).toBeNull()
    })

    it("pickup names the warehouse by its 1C id; orders placed as several (one per seller) name each other", async () => {
      const { h } = await buyer()
      const cartId = await readyCart(h, [{ variant_id: cable, quantity: 2 }, { variant_id: breaker, quantity: 3 }], {
        delivery_method: "pickup",
        pickup_location_id: locA,
        comment: "Самовывоз, пропуск на ООО «Ромашка»",
      })
      const placed = ((await ok(api.post(`/store/b2b/carts/${cartId}/place`, {}, { headers: h }))) as any).data.orders as any[]
      expect(placed).toHaveLength(2)
      const { data: orders } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "display_id"], filters: { id: placed.map((o) => o.id) } })
      const numberOf = new Map((orders as any[]).map((o) => [o.id, `B2B-${String(o.display_id).padStart(6, "0")}`]))
      const sorted = [...(orders as any[])].sort((a, b) => a.display_id - b.display_id).map((o) => o.id)
      const docs = await queryDocs()
      for (const id of sorted) {
        const doc = docs.find((d) => d.includes(`<Ид>${id}</Ид>`))!
        expect(doc).toBeDefined()
        const other = sorted.find((x) => x !== id)!
        expect(requisite(doc, R.deliveryMethod)).toBe("Самовывоз")
        expect(requisite(doc, R.warehouse)).toBe("Склад Москва (Южный порт)")
        expect(requisite(doc, R.warehouseId)).toBe("b1c0-sklad-msk-0001")
        expect(requisite(doc, R.comment)).toBe("Самовывоз, пропуск на ООО «Ромашка»")
        expect(requisite(doc, R.splitPart)).toBe(`${sorted.indexOf(id) + 1} из 2`)
        expect(requisite(doc, R.splitSiblings)).toBe(numberOf.get(other))
        expect(requisite(doc, R.splitGroup)).toBeTruthy()
        // no consignee was chosen: the buyer is the only counterparty
        expect(doc).not.toContain("Грузополучатель")
      }
      // each part names its own seller: the cable's seller has the agreement, the breaker's its own
      const sellers = sorted.map((id) => requisite(docs.find((d) => d.includes(`<Ид>${id}</Ид>`))!, R.seller)).sort()
      expect(sellers).toEqual(["ООО «Автоматика»", "ООО «ЭлектроОпт»"].sort())
      const json = JSON.parse((await orderPayload(getContainer(), sorted[1])).body.toString("utf8"))
      expect(json.split).toEqual(expect.objectContaining({ part: 2, of: 2, siblings: [numberOf.get(sorted[0])] }))
      expect(json.checkout.warehouse).toEqual({ id: "b1c0-sklad-msk-0001", name: "Склад Москва (Южный порт)" })
    })
  },
})
