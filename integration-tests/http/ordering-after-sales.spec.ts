import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../src/modules/company"
import { seedReturnReasons } from "../../src/scripts/seed/return-reasons"
import { createAdmin, createCompany, createCustomer, createPublishableKey, lastNotification, statusOf } from "../utils/b2b"

jest.setTimeout(600 * 1000)

/** After-sales requests: complaints, feedback, return requests (→ Medusa returns), document requests. */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let pk: string

    beforeEach(async () => {
      admin = await createAdmin(getContainer())
      pk = await createPublishableKey(getContainer())
    })

    /** An order of the company placed by `customer` (through the order module, as 1C orders are), shipped. */
    async function companyOrder(customer: { id: string; email: string }, leId: string, fulfill = true) {
      const orders = getContainer().resolve(Modules.ORDER)
      const order = await orders.createOrders({
        email: customer.email, customer_id: customer.id, currency_code: "rub", status: "pending",
        items: [
          { title: "Кабель ВВГнг 3x2.5", quantity: 10, unit_price: 95.5 },
          { title: "Автомат ABB 16A", quantity: 4, unit_price: 410 },
        ],
      } as any)
      await getContainer().resolve(ContainerRegistrationKeys.LINK).create({
        [COMPANY_MODULE]: { b2b_legal_entity_id: leId },
        [Modules.ORDER]: { order_id: order.id },
      })
      const full = await orders.retrieveOrder(order.id, { relations: ["items"] })
      const items = [...(full.items ?? [])].sort((a: any, b: any) => a.title.localeCompare(b.title))
      if (fulfill) await (orders as any).registerFulfillment({ order_id: order.id, items: items.map((i: any) => ({ id: i.id, quantity: i.quantity })) })
      const cable = items.find((i: any) => i.title.startsWith("Кабель"))!.id as string
      const breaker = items.find((i: any) => i.title.startsWith("Автомат"))!.id as string
      return { id: order.id, cable, breaker }
    }

    /** The demo seed's step-by-step tree: «Брак» → «Не работает» …, «Несоответствие заказу» → «Пересорт» …, «Товар не понадобился». */
    async function reasons() {
      expect((await seedReturnReasons(getContainer())).created).toBe(9)
      expect((await seedReturnReasons(getContainer())).created).toBe(0) // idempotent
    }

    async function company() {
      const owner = await createCustomer(api, pk)
      const buyer = await createCustomer(api, pk)
      const buyer2 = await createCustomer(api, pk)
      const viewer = await createCustomer(api, pk)
      const accountant = await createCustomer(api, pk)
      const le = await createCompany(api, admin.headers, [
        { customer_id: owner.id, role: "owner" },
        { customer_id: buyer.id, role: "buyer" },
        { customer_id: buyer2.id, role: "buyer" },
        { customer_id: viewer.id, role: "viewer" },
        { customer_id: accountant.id, role: "accountant" },
      ])
      return { le, owner, buyer, buyer2, viewer, accountant }
    }

    it("complaint and feedback are filed, listed for the buyer and the manager; messages and cancel", async () => {
      const c = await company()
      const order = await companyOrder(c.buyer, c.le.id, false)
      const h = c.buyer.headers(c.le.id)
      const complaint = (await api.post(`/store/b2b/orders/${order.id}/requests`, { type: "complaint", subject: "Опоздание", message: "Доставка опоздала на 3 дня" }, { headers: h })).data.request
      expect(complaint).toMatchObject({ type: "complaint", status: "open", order_id: order.id, legal_entity_id: c.le.id, customer_id: c.buyer.id })
      const feedback = (await api.post(`/store/b2b/orders/${order.id}/requests`, { type: "feedback", message: "Спасибо, всё отлично" }, { headers: h })).data.request
      // a complaint needs a message
      const noMsg = await api.post(`/store/b2b/orders/${order.id}/requests`, { type: "complaint" }, { headers: h }).catch((e: any) => e.response)
      expect(noMsg.status).toBe(400)
      expect(noMsg.data.message).toContain("message")

      const mine = (await api.get(`/store/b2b/requests`, { headers: h })).data
      expect(mine.requests.map((r: any) => r.id).sort()).toEqual([complaint.id, feedback.id].sort())
      expect((await api.get(`/store/b2b/requests?type=feedback`, { headers: h })).data.requests.map((r: any) => r.id)).toEqual([feedback.id])
      const perOrder = (await api.get(`/store/b2b/orders/${order.id}/requests`, { headers: h })).data.requests
      expect(perOrder).toHaveLength(2)

      const adminList = (await api.get(`/admin/b2b/requests?legal_entity_id=${c.le.id}`, { headers: admin.headers })).data
      expect(adminList.count).toBe(2)
      const row = adminList.requests.find((r: any) => r.id === complaint.id)
      expect(row).toMatchObject({ type: "complaint", legal_entity_name: c.le.name, customer: { email: c.buyer.email } })
      expect((await api.get(`/admin/b2b/requests?type=feedback&order_id=${order.id}`, { headers: admin.headers })).data.requests.map((r: any) => r.id)).toEqual([feedback.id])

      // conversation: the manager answers, the buyer replies; the buyer is e-mailed
      await api.post(`/admin/b2b/requests/${complaint.id}`, { status: "in_progress", reply: "Разбираемся с перевозчиком" }, { headers: admin.headers })
      expect((await lastNotification(getContainer(), c.buyer.email, "b2b-order-request-status"))?.data).toMatchObject({ request_id: complaint.id, status: "in_progress" })
      await api.post(`/store/b2b/requests/${complaint.id}/messages`, { text: "Ждём" }, { headers: h })
      const detail = (await api.get(`/store/b2b/requests/${complaint.id}`, { headers: h })).data.request
      expect(detail.status).toBe("in_progress")
      expect(detail.reply).toBe("Разбираемся с перевозчиком")
      expect(detail.messages.map((m: any) => [m.author_type, m.text])).toEqual([["manager", "Разбираемся с перевозчиком"], ["buyer", "Ждём"]])

      // cancel: only the author's open request
      expect(await statusOf(api.post(`/store/b2b/requests/${complaint.id}/cancel`, {}, { headers: h }))).toBe(400)
      expect(await statusOf(api.post(`/store/b2b/requests/${feedback.id}/cancel`, {}, { headers: c.owner.headers(c.le.id) }))).toBe(400)
      expect((await api.post(`/store/b2b/requests/${feedback.id}/cancel`, {}, { headers: h })).data.request.status).toBe("canceled")
      // a finished request cannot be decided again
      expect(await statusOf(api.post(`/admin/b2b/requests/${feedback.id}`, { status: "resolved" }, { headers: admin.headers }))).toBe(400)
    })

    it("return request with two items and leaf reasons → manager approves → a Medusa return with those items", async () => {
      await reasons()
      const c = await company()
      const order = await companyOrder(c.buyer, c.le.id)
      const h = c.buyer.headers(c.le.id)

      const tree = (await api.get(`/store/b2b/return-reasons`, { headers: h })).data.return_reasons
      const defect = tree.find((r: any) => r.value === "defect")
      expect(defect.children.map((r: any) => r.value).sort()).toEqual(["defect_damaged", "defect_incomplete", "defect_not_working"])
      expect(tree.find((r: any) => r.value === "not_needed").children).toEqual([])

      // quantity over what was ordered → 400 naming the row
      const over = await api
        .post(`/store/b2b/orders/${order.id}/requests`, { type: "return", items: [{ order_item_id: order.cable, quantity: 2, reason_code: "defect_not_working" }, { order_item_id: order.breaker, quantity: 5, reason_code: "mismatch_wrong_item" }] }, { headers: h })
        .catch((e: any) => e.response)
      expect(over.status).toBe(400)
      expect(over.data.message).toContain("items[1].quantity")
      // a reason with sub-reasons cannot be chosen
      const nonLeaf = await api
        .post(`/store/b2b/orders/${order.id}/requests`, { type: "return", items: [{ order_item_id: order.cable, quantity: 2, reason_code: "defect" }] }, { headers: h })
        .catch((e: any) => e.response)
      expect(nonLeaf.status).toBe(400)
      expect(nonLeaf.data.message).toContain("items[0].reason_code")
      // an item of another order
      const foreign = await api
        .post(`/store/b2b/orders/${order.id}/requests`, { type: "return", items: [{ order_item_id: "ordli_nope", quantity: 1, reason_code: "mismatch_wrong_item" }] }, { headers: h })
        .catch((e: any) => e.response)
      expect(foreign.status).toBe(400)
      expect(foreign.data.message).toContain("items[0].order_item_id")
      expect((await api.get(`/store/b2b/requests`, { headers: h })).data.count).toBe(0)

      const created = (
        await api.post(
          `/store/b2b/orders/${order.id}/requests`,
          { type: "return", message: "Два кабеля не работают, автомат не тот", items: [{ order_item_id: order.cable, quantity: 2, reason_code: "defect_not_working", note: "искрит" }, { order_item_id: order.breaker, quantity: 1, reason_code: "mismatch_wrong_item" }] },
          { headers: h }
        )
      ).data.request
      expect(created.items).toEqual([
        expect.objectContaining({ order_item_id: order.cable, quantity: 2, reason_code: "defect_not_working", reason_label: "Брак → Не работает", parent_reason_code: "defect", note: "искрит" }),
        expect.objectContaining({ order_item_id: order.breaker, quantity: 1, reason_code: "mismatch_wrong_item", parent_reason_code: "mismatch" }),
      ])
      // the open request counts: 9 more cables are more than the 8 left
      const again = await api
        .post(`/store/b2b/orders/${order.id}/requests`, { type: "return", items: [{ order_item_id: order.cable, quantity: 9, reason_code: "mismatch_wrong_item" }] }, { headers: h })
        .catch((e: any) => e.response)
      expect(again.status).toBe(400)
      expect(again.data.message).toContain("items[0].quantity")

      const approved = (await api.post(`/admin/b2b/requests/${created.id}`, { status: "approved", reply: "Ждём возврат на склад" }, { headers: admin.headers })).data.request
      expect(approved.status).toBe("approved")
      expect(approved.return_id).toBeTruthy()
      expect(approved.return).toMatchObject({ id: approved.return_id, status: "requested" })

      // the return really exists in Medusa's order module, for this order, with these items and reasons
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "return",
        fields: ["id", "order_id", "status", "items.item_id", "items.quantity", "items.reason.value"],
        filters: { order_id: order.id },
      })
      expect(data).toHaveLength(1)
      expect(data[0]).toMatchObject({ id: approved.return_id, order_id: order.id, status: "requested" })
      const items = (data[0] as any).items.map((i: any) => [i.item_id, Number(i.quantity), i.reason?.value]).sort()
      expect(items).toEqual([[order.cable, 2, "defect_not_working"], [order.breaker, 1, "mismatch_wrong_item"]].sort())
      // Medusa now counts them as requested for return: 8 cables left at most
      const after = await api
        .post(`/store/b2b/orders/${order.id}/requests`, { type: "return", items: [{ order_item_id: order.cable, quantity: 9, reason_code: "mismatch_wrong_item" }] }, { headers: h })
        .catch((e: any) => e.response)
      expect(after.data.message).toContain("at most 8")
      // the buyer sees the return on the request
      const seen = (await api.get(`/store/b2b/requests/${created.id}`, { headers: h })).data.request
      expect(seen.return.items).toHaveLength(2)
      // resolved after approval
      expect((await api.post(`/admin/b2b/requests/${created.id}`, { status: "resolved" }, { headers: admin.headers })).data.request.status).toBe("resolved")
    })

    it("approving a return of goods not yet shipped is refused and nothing is written", async () => {
      await reasons()
      const c = await company()
      const order = await companyOrder(c.buyer, c.le.id, false)
      const req = (await api.post(`/store/b2b/orders/${order.id}/requests`, { type: "return", items: [{ order_item_id: order.cable, quantity: 1, reason_code: "mismatch_wrong_item" }] }, { headers: c.buyer.headers(c.le.id) })).data.request
      const res = await api.post(`/admin/b2b/requests/${req.id}`, { status: "approved" }, { headers: admin.headers }).catch((e: any) => e.response)
      expect(res.status).toBe(400)
      const after = (await api.get(`/admin/b2b/requests/${req.id}`, { headers: admin.headers })).data.request
      expect(after).toMatchObject({ status: "open", return_id: null })
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "return", fields: ["id"], filters: { order_id: order.id } })
      expect(data).toHaveLength(0)
    })

    it("permissions: viewer 403, another company's buyer 404, buyer without orders.view_all sees only own requests", async () => {
      await reasons()
      const c = await company()
      const order = await companyOrder(c.buyer, c.le.id)
      const h = c.buyer.headers(c.le.id)
      const mine = (await api.post(`/store/b2b/orders/${order.id}/requests`, { type: "complaint", message: "Брак" }, { headers: h })).data.request

      // viewer cannot create (nor list)
      expect(await statusOf(api.post(`/store/b2b/orders/${order.id}/requests`, { type: "feedback", message: "x" }, { headers: c.viewer.headers(c.le.id) }))).toBe(403)
      expect(await statusOf(api.get(`/store/b2b/requests`, { headers: c.viewer.headers(c.le.id) }))).toBe(403)
      // accountant sees every order but has no orders.create: no return or complaint, feedback and documents are fine
      expect(await statusOf(api.post(`/store/b2b/orders/${order.id}/requests`, { type: "return", items: [{ order_item_id: order.cable, quantity: 1, reason_code: "mismatch_wrong_item" }] }, { headers: c.accountant.headers(c.le.id) }))).toBe(403)
      expect(await statusOf(api.post(`/store/b2b/orders/${order.id}/requests`, { type: "feedback", message: "Хорошо" }, { headers: c.accountant.headers(c.le.id) }))).toBe(201)

      // another company's buyer: the order is 404, the request too, and never listed
      const stranger = await createCustomer(api, pk)
      const other = await createCompany(api, admin.headers, [{ customer_id: stranger.id, role: "owner" }])
      const sh = stranger.headers(other.id)
      expect(await statusOf(api.post(`/store/b2b/orders/${order.id}/requests`, { type: "complaint", message: "x" }, { headers: sh }))).toBe(404)
      expect(await statusOf(api.post(`/store/b2b/orders/${order.id}/requests`, {}, { headers: sh }))).toBe(404)
      expect(await statusOf(api.get(`/store/b2b/requests/${mine.id}`, { headers: sh }))).toBe(404)
      expect(await statusOf(api.post(`/store/b2b/requests/${mine.id}/messages`, { text: "x" }, { headers: sh }))).toBe(404)
      expect(await statusOf(api.post(`/store/b2b/requests/${mine.id}/cancel`, {}, { headers: sh }))).toBe(404)
      expect((await api.get(`/store/b2b/requests`, { headers: sh })).data.requests).toEqual([])

      // a colleague buyer (orders.view_own) sees neither the order nor the request; the owner (view_all) sees it
      const h2 = c.buyer2.headers(c.le.id)
      expect(await statusOf(api.post(`/store/b2b/orders/${order.id}/requests`, { type: "complaint", message: "x" }, { headers: h2 }))).toBe(404)
      expect(await statusOf(api.get(`/store/b2b/requests/${mine.id}`, { headers: h2 }))).toBe(404)
      expect((await api.get(`/store/b2b/requests`, { headers: h2 })).data.requests).toEqual([])
      const ownerList = (await api.get(`/store/b2b/requests`, { headers: c.owner.headers(c.le.id) })).data.requests.map((r: any) => r.id)
      expect(ownerList).toContain(mine.id)
      expect(ownerList).toHaveLength(2)
    })

    it("document request: needs a type, resolved by the manager with an uploaded document", async () => {
      const c = await company()
      const order = await companyOrder(c.buyer, c.le.id, false)
      const h = c.accountant.headers(c.le.id)
      const missing = await api.post(`/store/b2b/orders/${order.id}/requests`, { type: "document", message: "Нужен" }, { headers: h }).catch((e: any) => e.response)
      expect(missing.status).toBe(400)
      expect(missing.data.message).toContain("document_type")
      const req = (await api.post(`/store/b2b/orders/${order.id}/requests`, { type: "document", document_type: "certificate", message: "Сертификат на кабель" }, { headers: h })).data.request
      expect(req).toMatchObject({ type: "document", document_type: "certificate", status: "open" })
      const told = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "b2b-order-request-created" } as any)
      expect(told.map((n: any) => n.data.request_id)).toContain(req.id)

      // a document of another company cannot be attached
      const foreignDoc = await getContainer().resolve<any>("documents").createDocDocuments({ type: "other", number: "ДОК-1", date: new Date(), legal_entity_id: "le_other", source: "manager", status: "ready" })
      expect(await statusOf(api.post(`/admin/b2b/requests/${req.id}`, { status: "resolved", document_id: foreignDoc.id }, { headers: admin.headers }))).toBe(400)
      const doc = await getContainer().resolve<any>("documents").createDocDocuments({ type: "other", number: "ДОК-2", date: new Date(), legal_entity_id: c.le.id, order_id: order.id, source: "manager", status: "ready" })
      const resolved = (await api.post(`/admin/b2b/requests/${req.id}`, { status: "resolved", reply: "Сертификат в документах", document_id: doc.id }, { headers: admin.headers })).data.request
      expect(resolved).toMatchObject({ status: "resolved", document_id: doc.id, reply: "Сертификат в документах" })
      expect(resolved.decided_by).toBe(admin.user.id)
      const seen = (await api.get(`/store/b2b/requests/${req.id}`, { headers: h })).data.request
      expect(seen).toMatchObject({ status: "resolved", document_id: doc.id })
      expect(seen.messages.map((m: any) => m.text)).toEqual(["Сертификат в документах"])
      expect((await lastNotification(getContainer(), c.accountant.email, "b2b-order-request-status"))?.data).toMatchObject({ request_id: req.id, status: "resolved" })
    })
  },
})
