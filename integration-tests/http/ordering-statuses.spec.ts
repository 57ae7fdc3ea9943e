// 1C exchange credentials must be in the environment before the app boots.
process.env.ONE_C_EXCHANGE_LOGIN = "exchange"
process.env.ONE_C_EXCHANGE_PASSWORD = "s3cret-exchange"

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow, createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import iconv from "iconv-lite"
import { createAdmin, createCompany, createCustomer, rubRegion, setupShipping, storefrontKey, until } from "../utils/b2b"
import { OneCClient } from "../utils/one-c"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const c = () => getContainer()
    const err = (p: Promise<any>) => p.then((r: any) => ({ status: r.status, data: r.data }), (e: any) => ({ status: e.response?.status, data: e.response?.data }))

    describe("B2B order statuses", () => {
      let admin: Awaited<ReturnType<typeof createAdmin>>
      let h: Record<string, string>
      let orderId: string

      beforeEach(async () => {
        admin = await createAdmin(c())
        const { sc, pk } = await storefrontKey(c())
        const regionId = await rubRegion(c())
        const { result: locs } = await createStockLocationsWorkflow(c()).run({ input: { locations: [{ name: "Склад" }] } })
        await c().resolve(ContainerRegistrationKeys.LINK).create({ [Modules.SALES_CHANNEL]: { sales_channel_id: sc.id }, [Modules.STOCK_LOCATION]: { stock_location_id: locs[0].id } })
        const shipping = await setupShipping(c(), locs[0].id)
        const { result } = await createProductsWorkflow(c()).run({
          input: { products: [{ title: "Кабель ВВГ", status: "published", shipping_profile_id: shipping.shippingProfileId, sales_channels: [{ id: sc.id }], options: [{ title: "Вид", values: ["1"] }],
            variants: [{ title: "1", sku: "VVG-1", options: { Вид: "1" }, manage_inventory: false, prices: [{ amount: 1200, currency_code: "rub" }] }] }] },
        })
        const buyer = await createCustomer(api, pk)
        await createCompany(api, admin.headers, [{ customer_id: buyer.id, role: "owner" }], { kpp: "770101001" })
        h = buyer.headers()
        const cart = (await api.post(`/store/carts`, { region_id: regionId, items: [{ variant_id: result[0].variants[0].id, quantity: 2 }] }, { headers: h })).data.cart
        await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping.shippingOptionId }, { headers: h })
        const pcol = (await api.post(`/store/payment-collections`, { cart_id: cart.id }, { headers: h })).data.payment_collection
        await api.post(`/store/payment-collections/${pcol.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: h })
        const done = (await api.post(`/store/carts/${cart.id}/complete`, {}, { headers: h })).data
        expect(done.type).toBe("order")
        orderId = done.order.id
      })

      const adminStatus = async () => (await api.get(`/admin/b2b/orders/${orderId}/status`, { headers: admin.headers })).data.b2b_status
      const buyerIds = async (qs: string) => (await api.get(`/store/b2b/orders${qs}`, { headers: h })).data.orders.map((o: any) => o.id)

      it("manager configures a status with a 1C id and moves an order; the buyer sees and filters by it; a used status cannot be deleted", async () => {
        // the seeded defaults, "new" being the status of new orders
        const list = (await api.get(`/admin/b2b/order-statuses`, { headers: admin.headers })).data.order_statuses
        expect(list.map((s: any) => s.code)).toEqual(["new", "confirmed", "assembling", "shipped", "delivered", "completed", "canceled"])
        expect(list.find((s: any) => s.is_default_for_new).code).toBe("new")
        expect(list.find((s: any) => s.code === "canceled")).toEqual(expect.objectContaining({ is_final: true, final_action: "cancel", one_c_id: "C" }))

        // a placed order gets the default status (order.placed subscriber)
        await until(async () => (await adminStatus()).history.length === 1, "initial status")
        expect((await adminStatus()).status.code).toBe("new")
        expect((await buyerIds(`?status=new`))).toEqual([orderId])

        // create, validate, edit
        const created = await api.post(`/admin/b2b/order-statuses`, { code: "in_transit", name: "В пути", one_c_id: "T", sort: 45, color: "orange" }, { headers: admin.headers })
        expect(created.status).toBe(201)
        expect(created.data.order_status).toEqual(expect.objectContaining({ code: "in_transit", one_c_id: "T", is_final: false }))
        const dup = await err(api.post(`/admin/b2b/order-statuses`, { code: "in_transit", name: "Ещё" }, { headers: admin.headers }))
        expect(dup.status).toBe(400)
        expect(dup.data.message).toMatch(/^code:/)
        const badFinal = await err(api.post(`/admin/b2b/order-statuses`, { code: "x1", name: "X", final_action: "cancel" }, { headers: admin.headers }))
        expect(badFinal.status).toBe(400)
        expect(badFinal.data.message).toMatch(/final_action/)
        const badCode = await err(api.post(`/admin/b2b/order-statuses`, { code: "Bad Code", name: "X" }, { headers: admin.headers }))
        expect(badCode.status).toBe(400)
        expect(badCode.data.message).toMatch(/code/)
        const edited = (await api.post(`/admin/b2b/order-statuses/in_transit`, { name: "В дороге", one_c_id: "TR", one_c_name: "В пути (1С)" }, { headers: admin.headers })).data.order_status
        expect(edited).toEqual(expect.objectContaining({ name: "В дороге", one_c_id: "TR", one_c_name: "В пути (1С)" }))
        expect((await err(api.post(`/admin/b2b/order-statuses/nope`, { name: "x" }, { headers: admin.headers }))).status).toBe(404)

        // manager sets the order's status
        const set = (await api.post(`/admin/b2b/orders/${orderId}/status`, { code: "in_transit", comment: "Передан перевозчику" }, { headers: admin.headers })).data.b2b_status
        expect(set.status.code).toBe("in_transit")
        expect(set.source).toBe("manager")
        expect(set.changed_by).toBe(admin.user.id)
        expect(set.history.map((x: any) => x.code)).toEqual(["new", "in_transit"])
        expect(set.history[1].comment).toBe("Передан перевозчику")
        expect((await err(api.post(`/admin/b2b/orders/${orderId}/status`, { code: "unknown" }, { headers: admin.headers }))).data.message).toMatch(/^code:/)

        // the buyer sees it, with history, and filters by B2B status
        const mine = (await api.get(`/store/b2b/orders`, { headers: h })).data.orders.find((o: any) => o.id === orderId)
        expect(mine.b2b_status).toEqual(expect.objectContaining({ code: "in_transit", name: "В дороге", color: "orange" }))
        expect(mine.b2b_status_history.map((x: any) => x.code)).toEqual(["new", "in_transit"])
        expect(await buyerIds(`?status=in_transit`)).toEqual([orderId])
        expect(await buyerIds(`?status=new`)).toEqual([])
        expect(await buyerIds(`?status=new&status=in_transit`)).toEqual([orderId])
        expect(await buyerIds(`?active=true`)).toEqual([orderId])
        expect(await buyerIds(`?active=false`)).toEqual([])
        // Medusa's own statuses still filter
        expect(await buyerIds(`?status=pending`)).toEqual([orderId])
        const detail = (await api.get(`/store/b2b/orders/${orderId}`, { headers: h })).data.order
        expect(detail.b2b_status.code).toBe("in_transit")
        expect(detail.b2b_status_history[1]).toEqual(expect.objectContaining({ code: "in_transit", source: "manager", comment: "Передан перевозчику" }))
        expect(detail.b2b_status_history[1].by).toBeUndefined()

        // deleting: refused while used, refused for the default, allowed otherwise
        const used = await err(api.delete(`/admin/b2b/order-statuses/in_transit`, { headers: admin.headers }))
        expect(used.status).toBe(400)
        expect(used.data.message).toMatch(/in_transit.*used by 1 order/)
        const dflt = await err(api.delete(`/admin/b2b/order-statuses/new`, { headers: admin.headers }))
        expect(dflt.status).toBe(400)
        expect(dflt.data.message).toMatch(/new orders/)
        expect((await api.delete(`/admin/b2b/order-statuses/delivered`, { headers: admin.headers })).status).toBe(200)
        const after = (await api.get(`/admin/b2b/order-statuses`, { headers: admin.headers })).data.order_statuses.map((s: any) => s.code)
        expect(after).toContain("in_transit")
        expect(after).not.toContain("delivered")
      })

      it("the final status \"canceled\" cancels the Medusa order, after which the status is locked", async () => {
        await until(async () => (await adminStatus()).history.length === 1, "initial status")
        await api.post(`/admin/b2b/orders/${orderId}/status`, { code: "canceled", comment: "Клиент отказался" }, { headers: admin.headers })
        expect((await c().resolve(Modules.ORDER).retrieveOrder(orderId)).status).toBe("canceled")
        expect((await adminStatus()).status.code).toBe("canceled")
        const locked = await err(api.post(`/admin/b2b/orders/${orderId}/status`, { code: "new" }, { headers: admin.headers }))
        expect(locked.status).toBe(400)
        expect(locked.data.message).toMatch(/^code: .*final/)
        expect((await adminStatus()).status.code).toBe("canceled")
        expect(await buyerIds(`?active=true`)).toEqual([])
        expect(await buyerIds(`?status=canceled`)).toEqual([orderId])
      })

      it("1C: mode=info lists the configured statuses, exported orders carry the 1C id, an incoming 1C status id moves the order, an unknown one is only recorded", async () => {
        await until(async () => (await adminStatus()).history.length === 1, "initial status")
        await until(async () => (await c().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["b2b_legal_entity.id"], filters: { id: orderId } })).data[0]?.b2b_legal_entity?.id, "order linked to its counterparty")
        await api.post(`/admin/b2b/order-statuses`, { code: "in_transit", name: "В пути", one_c_id: "TR", sort: 45 }, { headers: admin.headers })
        await api.post(`/admin/b2b/order-statuses/confirmed`, { one_c_id: "P", one_c_name: "Подтвержден в 1С" }, { headers: admin.headers })

        const cl = new OneCClient(api)
        await cl.start("sale", "2.09")
        const info = (await cl.call("sale", "info")).text
        expect(info).toContain("<Cтатусы>")
        expect(info).toContain("<Элемент><Ид>TR</Ид><Название>В пути</Название></Элемент>")
        expect(info).toContain("<Элемент><Ид>P</Ид><Название>Подтвержден в 1С</Название></Элемент>")
        expect(info).not.toContain("<Ид>Y</Ид>")

        await api.post(`/admin/b2b/orders/${orderId}/status`, { code: "in_transit" }, { headers: admin.headers })
        const q = (await cl.call("sale", "query")).text
        expect(q).toContain(`<Ид>${orderId}</Ид>`)
        expect(q).toContain("<Значение>[TR] В пути</Значение>")
        expect(q).toMatch(/Статуса заказа ИД<\/Наименование><Значение>TR</)
        expect((await cl.call("sale", "success")).lines[0]).toBe("success")

        const send = async (name: string, requisites: [string, string][]) => {
          const req = requisites.map(([k, v]) => `<ЗначениеРеквизита><Наименование>${k}</Наименование><Значение>${v}</Значение></ЗначениеРеквизита>`).join("")
          const xml = `<?xml version="1.0" encoding="windows-1251"?><КоммерческаяИнформация ВерсияСхемы="2.09"><Документ><Ид>${orderId}</Ид><Номер>${orderId}</Номер><Номер1С>ТДЦУ-000321</Номер1С><Дата>2026-11-20</Дата><ХозОперация>Заказ товара</ХозОперация><Роль>Продавец</Роль><Валюта>руб</Валюта><Сумма>2400.00</Сумма><ЗначенияРеквизитов>${req}</ЗначенияРеквизитов></Документ></КоммерческаяИнформация>`
          await cl.upload("sale", name, iconv.encode(xml, "windows-1251"))
          return cl.importFile("sale", name)
        }
        // by 1C id
        expect((await send("documents___1.xml", [["Статуса заказа ИД", "P"], ["Статус заказа", "[P] Подтвержден в 1С"]])).lines[0]).toBe("success")
        let st = await adminStatus()
        expect(st.status.code).toBe("confirmed")
        expect(st.source).toBe("one_c")
        expect(st.history.at(-1)).toEqual(expect.objectContaining({ code: "confirmed", source: "one_c", one_c_raw: "P [P] Подтвержден в 1С" }))
        // by name only
        expect((await send("documents___2.xml", [["Статус заказа", "Комплектуется"]])).lines[0]).toBe("success")
        expect((await adminStatus()).status.code).toBe("assembling")
        // the change came from 1C: not offered back
        expect((await cl.call("sale", "query")).text).not.toContain(orderId)
        // unknown: recorded in the export mark, status unchanged, no failure
        expect((await send("documents___3.xml", [["Статуса заказа ИД", "ZZ"]])).lines[0]).toBe("success")
        st = await adminStatus()
        expect(st.status.code).toBe("assembling")
        const mark = (await c().resolve<any>("one_c").listOnecOrderExports({ order_id: orderId }))[0]
        expect(mark.one_c_status).toBe("ZZ")
        // a manager's change after that is offered to 1C again, with the new status
        await api.post(`/admin/b2b/orders/${orderId}/status`, { code: "shipped" }, { headers: admin.headers })
        expect((await cl.call("sale", "query")).text).toContain("<Значение>[S] Отгружен</Значение>")
        expect((await cl.call("sale", "success")).lines[0]).toBe("success")
        // cancellation from 1C: the configured cancel status, Medusa order canceled
        expect((await send("documents___4.xml", [["Отменен", "true"]])).lines[0]).toBe("success")
        expect((await adminStatus()).status.code).toBe("canceled")
        expect((await c().resolve(Modules.ORDER).retrieveOrder(orderId)).status).toBe("canceled")
        const mine = (await api.get(`/store/b2b/orders/${orderId}`, { headers: h })).data.order
        expect(mine.b2b_status).toEqual(expect.objectContaining({ code: "canceled", name: "Отменен" }))
      })
    })

    describe("regional assortment", () => {
      afterEach(() => {
        delete process.env.B2B_REGIONAL_ASSORTMENT
      })

      it("a product stocked only in region B is hidden from a region-A buyer when the setting is on, visible when off; guests unfiltered", async () => {
        const admin = await createAdmin(c())
        const { sc, pk } = await storefrontKey(c())
        const link = c().resolve(ContainerRegistrationKeys.LINK)
        const { result: locs } = await createStockLocationsWorkflow(c()).run({
          input: { locations: [{ name: "Склад Москва", metadata: { region_code: "RA" } }, { name: "Склад Казань", metadata: { region_code: "RB" } }] },
        })
        for (const l of locs) await link.create({ [Modules.SALES_CHANNEL]: { sales_channel_id: sc.id }, [Modules.STOCK_LOCATION]: { stock_location_id: l.id } })
        const mk = (title: string, sku: string, manage: boolean, backorder = false) => ({
          title, status: "published" as const, sales_channels: [{ id: sc.id }], options: [{ title: "Вид", values: ["1"] }],
          variants: [{ title: "1", sku, options: { Вид: "1" }, manage_inventory: manage, allow_backorder: backorder, prices: [{ amount: 100, currency_code: "rub" }] }],
        })
        const { result: products } = await createProductsWorkflow(c()).run({
          input: { products: [mk("В регионе А", "RA-1", true), mk("Только в Б", "RB-1", true), mk("Без учёта остатков", "NM-1", false), mk("Под заказ", "BO-1", true, true), mk("Нулевой остаток в А", "Z-1", true)] },
        })
        const [inA, onlyB, unmanaged, backorder, zeroA] = products
        const inv = c().resolve(Modules.INVENTORY)
        const itemOf = async (variantId: string) =>
          ((await c().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variantId } })).data[0] as any).inventory_items[0].inventory_item_id
        await inv.createInventoryLevels([
          { inventory_item_id: await itemOf(inA.variants[0].id), location_id: locs[0].id, stocked_quantity: 5 },
          { inventory_item_id: await itemOf(onlyB.variants[0].id), location_id: locs[1].id, stocked_quantity: 7 },
          { inventory_item_id: await itemOf(onlyB.variants[0].id), location_id: locs[0].id, stocked_quantity: 0 },
          { inventory_item_id: await itemOf(zeroA.variants[0].id), location_id: locs[0].id, stocked_quantity: 0 },
        ])
        const buyerA = await createCustomer(api, pk)
        await createCompany(api, admin.headers, [{ customer_id: buyerA.id, role: "owner" }], { region_code: "RA" })
        const hA = buyerA.headers()
        const titles = async (headers: Record<string, string>) => (await api.get(`/store/products?limit=50&fields=id,title`, { headers })).data.products.map((p: any) => p.title).sort()
        const all = [inA, onlyB, unmanaged, backorder, zeroA].map((p) => p.title).sort()

        // off (default): everything
        expect(await titles(hA)).toEqual(all)
        expect((await api.get(`/store/products/${onlyB.id}`, { headers: hA })).status).toBe(200)

        process.env.B2B_REGIONAL_ASSORTMENT = "true"
        expect(await titles(hA)).toEqual([inA, unmanaged, backorder].map((p) => p.title).sort())
        expect((await err(api.get(`/store/products/${onlyB.id}`, { headers: hA }))).status).toBe(404)
        expect((await api.get(`/store/products/${inA.id}`, { headers: hA })).data.product.id).toBe(inA.id)
        // explicit id filters are intersected, count follows
        const two = (await api.get(`/store/products?id[]=${onlyB.id}&id[]=${inA.id}&fields=id`, { headers: hA })).data
        expect(two.products.map((p: any) => p.id)).toEqual([inA.id])
        expect(two.count).toBe(1)
        // guests: unfiltered
        expect(await titles({ "x-publishable-api-key": pk })).toEqual(all)

        process.env.B2B_REGIONAL_ASSORTMENT = "false"
        expect(await titles(hA)).toEqual(all)
      })
    })
  },
})
