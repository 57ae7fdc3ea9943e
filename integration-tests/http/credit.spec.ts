import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import Decimal from "decimal.js"
import { createAdmin, createCompany, createCustomer, rubRegion, statusOf, storefrontKey, until } from "../utils/b2b"

jest.setTimeout(900 * 1000)

const RUNS = Number(process.env.CREDIT_RACE_RUNS || 20)
const CHECKOUTS = 30

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let pk: string
    let regionId: string
    let variantId: string // 1 000,00 ₽ a piece

    beforeEach(async () => {
      const c = getContainer()
      admin = await createAdmin(c)
      const { sc, pk: token } = await storefrontKey(c)
      pk = token
      regionId = await rubRegion(c)
      const { result } = await createProductsWorkflow(c).run({
        input: { products: [{ title: "Автомат ВА47-29", status: "published", options: [{ title: "Ток", values: ["16А"] }], sales_channels: [{ id: sc.id }],
          variants: [{ title: "16А", sku: "VA47-16", options: { Ток: "16А" }, manage_inventory: false, prices: [{ amount: 1000, currency_code: "rub" }] }] }] },
      })
      variantId = result[0].variants[0].id
    })

    const A = (path: string) => `/admin/b2b/credit/accounts${path}`

    /** A cart of `pieces` × 1 000 ₽ ready to complete (payment session "on account"). */
    async function readyCart(h: Record<string, string>, pieces: number) {
      const cart = (await api.post(`/store/carts`, { region_id: regionId, items: [{ variant_id: variantId, quantity: pieces }] }, { headers: h })).data.cart
      const pc = (await api.post(`/store/payment-collections`, { cart_id: cart.id }, { headers: h })).data.payment_collection
      await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_system_default" }, { headers: h }).catch((e: any) => {
        throw new Error(`payment session: ${e.response?.status} ${JSON.stringify(e.response?.data)}`)
      })
      return cart.id as string
    }
    const complete = (h: Record<string, string>, cartId: string) => api.post(`/store/carts/${cartId}/complete`, {}, { headers: h })
    async function order(h: Record<string, string>, pieces: number) {
      return complete(h, await readyCart(h, pieces)).then((r: any) => r.data.order)
    }
    async function refusal(p: Promise<any>): Promise<{ status: number; message: string }> {
      try {
        const r = await p
        return { status: r.status, message: JSON.stringify(r.data).slice(0, 200) }
      } catch (e: any) {
        if (!e.response) throw e
        return { status: e.response.status, message: e.response.data?.message }
      }
    }
    const credit = async (h: Record<string, string>) => (await api.get(`/store/b2b/credit`, { headers: h })).data.credit
    const waitFor = async (check: () => Promise<boolean>) => {
      for (let i = 0; i < 50; i++) {
        if (await check()) return
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error("condition not reached")
    }

    it("blocks over the limit and on overdue debt; cancellation and payment unblock; a manager's override passes once, audited", async () => {
      const owner = await createCustomer(api, pk)
      const le = await createCompany(api, admin.headers, [{ customer_id: owner.id, role: "owner" }])
      const h = owner.headers()
      const acc = (await api.post(A(""), { legal_entity_id: le.id, credit_limit: "25000", payment_terms_days: 10 }, { headers: admin.headers })).data.credit_account
      expect(acc.position).toEqual(expect.objectContaining({ credit_limit: "25000.00", available: "25000.00", state: "ok" }))
      // one account per counterparty; bad input names the field
      expect((await refusal(api.post(A(""), { legal_entity_id: le.id, credit_limit: "1" }, { headers: admin.headers }))).status).toBe(422)
      expect(await refusal(api.post(A(""), { legal_entity_id: le.id, credit_limit: "1,234.5.6" }, { headers: admin.headers }))).toEqual({ status: 400, message: expect.stringContaining("credit_limit") })

      const first = await order(h, 20) // 20 000 ₽
      expect(first.total).toBe(20000)
      expect(await credit(h)).toEqual(expect.objectContaining({ debt: "0.00", open_orders: "20000.00", available: "5000.00", can_order: true }))

      const over = await refusal(complete(h, await readyCart(h, 6)))
      expect(over.status).toBe(400)
      expect(over.message).toMatch(/credit: the order total 6 000,00 RUB exceeds the available credit 5 000,00 RUB/)
      const { data: orders } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "b2b_legal_entity", fields: ["orders.id"], filters: { id: le.id } })
      expect((orders[0] as any).orders).toHaveLength(1) // nothing half-created

      // cancelling the order gives its credit back
      await api.post(`/admin/orders/${first.id}/cancel`, {}, { headers: admin.headers })
      await waitFor(async () => (await credit(h)).available === "25000.00")
      await order(h, 6)

      // a shipment 40 days ago on 10 days' terms is 30 days overdue: new orders stop
      const ship = new Date(Date.now() - 40 * 86400000).toISOString()
      await api.post(A(`/${acc.id}/entries`), { entries: [{ type: "shipment", document_number: "УПД-17", document_date: ship, amount: "3000" }] }, { headers: admin.headers })
      const c = await credit(h)
      expect(c).toEqual(expect.objectContaining({ debt: "3000.00", overdue: "3000.00", state: "blocked", can_order: false }))
      expect((await refusal(order(h, 1))).message).toMatch(/credit: overdue debt of 3 000,00 RUB blocks new orders/)

      // the manager lets exactly one order through, and it is audited
      const ov = (await api.post(A(`/${acc.id}/overrides`), { reason: "Гарантийное письмо от 25.11" }, { headers: admin.headers })).data.override
      await order(h, 1)
      expect((await refusal(order(h, 1))).status).toBe(400)
      const audit = (await api.get(`/admin/b2b/audit-events?limit=50`, { headers: admin.headers })).data.audit_events
      expect(audit).toEqual(expect.arrayContaining([expect.objectContaining({ action: "credit.override_granted", resource_id: ov.id })]))
      const used = (await api.get(A(`/${acc.id}/overrides`), { headers: admin.headers })).data.overrides
      expect(used[0].used_at).toBeTruthy()

      // the payment clears the overdue debt: ordering resumes
      await api.post(A(`/${acc.id}/entries`), { entries: [{ type: "payment", document_number: "п/п 512", document_date: new Date().toISOString(), amount: "3000" }] }, { headers: admin.headers })
      expect(await credit(h)).toEqual(expect.objectContaining({ debt: "0.00", overdue: "0.00", state: "ok" }))
      await order(h, 1)

      // a manual stop blocks whatever the figures say
      await api.post(A(`/${acc.id}`), { is_blocked: true, blocked_reason: "Проверка службы безопасности" }, { headers: admin.headers })
      expect((await refusal(order(h, 1))).message).toMatch(/ordering is stopped for this counterparty \(Проверка службы безопасности\)/)
    })

    it("a holding's limit is shared by its legal entities; a legal entity with its own account uses it", async () => {
      const holding = (await api.post(`/admin/b2b/holdings`, { name: "ГК Энергия" }, { headers: admin.headers })).data.holding
      const b1 = await createCustomer(api, pk)
      const b2 = await createCustomer(api, pk)
      const b3 = await createCustomer(api, pk)
      await createCompany(api, admin.headers, [{ customer_id: b1.id, role: "owner" }], { holding_id: holding.id })
      await createCompany(api, admin.headers, [{ customer_id: b2.id, role: "owner" }], { holding_id: holding.id })
      const own = await createCompany(api, admin.headers, [{ customer_id: b3.id, role: "owner" }], { holding_id: holding.id })
      await api.post(A(""), { holding_id: holding.id, credit_limit: "15000" }, { headers: admin.headers })
      await api.post(A(""), { legal_entity_id: own.id, credit_limit: "50000" }, { headers: admin.headers })

      await order(b1.headers(), 10)
      expect(await credit(b2.headers())).toEqual(expect.objectContaining({ shared_with_holding: true, open_orders: "10000.00", available: "5000.00" }))
      expect((await refusal(order(b2.headers(), 10))).message).toMatch(/exceeds the available credit 5 000,00 RUB/)
      await order(b2.headers(), 5)
      await order(b3.headers(), 20) // its own account
      expect(await credit(b3.headers())).toEqual(expect.objectContaining({ shared_with_holding: false, available: "30000.00" }))
      // a holding account's ledger entries must name one of the holding's legal entities
      const acc = (await api.get(A(`?holding_id=${holding.id}`), { headers: admin.headers })).data.credit_accounts[0]
      const bad = await refusal(api.post(A(`/${acc.id}/entries`), { entries: [{ type: "payment", document_date: "2026-11-01", amount: "1" }] }, { headers: admin.headers }))
      expect(bad).toEqual({ status: 400, message: expect.stringContaining("entries[0].legal_entity_id") })
    })

    it(`${CHECKOUTS} concurrent checkouts against one account never overshoot the available credit (${RUNS} runs)`, async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const timings: number[] = []
      for (let run = 0; run < RUNS; run++) {
        const buyer = await createCustomer(api, pk)
        const le = await createCompany(api, admin.headers, [{ customer_id: buyer.id, role: "buyer" }])
        const limit = new Decimal(30000 + run * 1000)
        const acc = (await api.post(A(""), { legal_entity_id: le.id, credit_limit: limit.toFixed(2) }, { headers: admin.headers })).data.credit_account
        // a little debt first, so "available" is not just the limit
        await api.post(A(`/${acc.id}/entries`), { entries: [{ type: "shipment", document_date: new Date().toISOString(), amount: "1234.56" }] }, { headers: admin.headers })
        const available = limit.minus("1234.56")
        const h = buyer.headers()
        const pieces = Array.from({ length: CHECKOUTS }, (_, i) => 1 + ((i * 7 + run) % 5)) // 1..5 thousand ₽ each
        // the first payment session creates the customer's account holder (Medusa races on it), the rest in parallel
        const carts: string[] = [await readyCart(h, pieces[0])]
        for (let i = 1; i < pieces.length; i += 6) carts.push(...(await Promise.all(pieces.slice(i, i + 6).map((p) => readyCart(h, p)))))
        const t = Date.now()
        const results = await Promise.all(carts.map((id) => refusal(complete(h, id)).then((r) => ({ id, ...r }))))
        timings.push(Date.now() - t)
        const accepted = results.filter((r) => r.status === 200)
        const refused = results.filter((r) => r.status !== 200)
        for (const r of refused) {
          expect(r.status).toBe(400)
          expect(r.message).toMatch(/^credit: the order total .* exceeds the available credit/)
        }
        // orders are linked to their counterparty by the order.placed subscriber, after the checkout answered
        const linkedIds = async () => {
          const { data } = await query.graph({ entity: "b2b_legal_entity", fields: ["orders.id"], filters: { id: le.id } })
          return (((data[0] as any).orders ?? []) as { id: string }[]).map((o) => o.id)
        }
        const ids = accepted.length ? await until(async () => { const l = await linkedIds(); return l.length >= accepted.length && l }, "every accepted order linked to its counterparty") : await linkedIds()
        const placed = ids.length ? ((await query.graph({ entity: "order", fields: ["id", "total"], filters: { id: ids } })).data as { total: number }[]) : []
        expect(placed).toHaveLength(accepted.length) // every accepted checkout is an order, no refused one is
        const sum = placed.reduce((a, o: any) => a.plus(String(o.total?.numeric ?? o.total)), new Decimal(0))
        expect(sum.lessThanOrEqualTo(available)).toBe(true)
        expect(accepted.length).toBeGreaterThan(0)
        expect(refused.length).toBeGreaterThan(0)
        // the account agrees: what it holds is exactly what was accepted
        const pos = (await api.get(A(`/${acc.id}`), { headers: admin.headers })).data.credit_account.position
        expect(new Decimal(pos.open_orders).equals(sum)).toBe(true)
        expect(new Decimal(pos.available).equals(available.minus(sum))).toBe(true)
        // a refused cart is still a cart (not completed): it can be completed after a payment
        const { data: carts2 } = await query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: refused.map((r) => r.id) } })
        expect(carts2.every((c: any) => !c.completed_at)).toBe(true)
      }
      timings.sort((a, b) => a - b)
      // eslint-disable-next-line no-console
      console.log(`BENCH credit_race_30_median ${timings[Math.floor(timings.length / 2)]} ms (runs ${RUNS}, max ${timings[timings.length - 1]} ms)`)
    })

    it("the buyer's finance endpoints: figures, history, receivables by order, schedule, dashboard, with permissions and isolation", async () => {
      const owner = await createCustomer(api, pk)
      const acct = await createCustomer(api, pk)
      const buyer = await createCustomer(api, pk)
      const other = await createCustomer(api, pk)
      const le = await createCompany(api, admin.headers, [
        { customer_id: owner.id, role: "owner" },
        { customer_id: acct.id, role: "accountant" },
        { customer_id: buyer.id, role: "buyer" },
      ])
      await createCompany(api, admin.headers, [{ customer_id: other.id, role: "owner" }])
      const acc = (await api.post(A(""), { legal_entity_id: le.id, credit_limit: "100000", payment_terms_days: 14 }, { headers: admin.headers })).data.credit_account
      const o1 = await order(buyer.headers(), 3)
      await api.post(
        A(`/${acc.id}/entries`),
        { entries: [
          { type: "opening", document_number: "Сальдо", document_date: "2026-01-01", amount: "500" },
          { type: "shipment", document_number: "УПД-1", document_date: new Date(Date.now() - 30 * 86400000).toISOString(), amount: "3000", order_id: o1.id, external_id: "1c-upd-1" },
          { type: "payment", document_number: "п/п 9", document_date: new Date().toISOString(), amount: "1500" },
        ] },
        { headers: admin.headers }
      )
      // the same 1C document twice changes nothing
      await api.post(A(`/${acc.id}/entries`), { entries: [{ type: "shipment", document_date: new Date().toISOString(), amount: "3000", external_id: "1c-upd-1" }] }, { headers: admin.headers })
      await api.post(A(`/${acc.id}/schedule`), { items: [{ due_date: "2026-12-15", amount: "1000" }, { due_date: "2027-01-15", amount: "1000" }] }, { headers: admin.headers })

      expect(await statusOf(api.get(`/store/b2b/credit`, { headers: buyer.headers() }))).toBe(403)
      expect(await statusOf(api.get(`/store/b2b/credit/transactions`, { headers: buyer.headers() }))).toBe(403)
      const c = await credit(acct.headers())
      // order fully shipped: its amount moved from open orders into the debt; the payment settled
      // the opening balance first, then 1 000 of the shipment due 16 days ago: 2 000 overdue
      expect(c).toEqual(expect.objectContaining({ credit_limit: "100000.00", debt: "2000.00", open_orders: "0.00", overdue: "2000.00", payment_terms_days: 14 }))
      expect(await credit(other.headers())).toBeNull()

      const tx = (await api.get(`/store/b2b/credit/transactions?type=shipment,payment`, { headers: acct.headers() })).data
      expect(tx.transactions.map((t: any) => [t.type, t.amount])).toEqual([["shipment", "3000.00"], ["payment", "-1500.00"]])
      expect(await statusOf(api.get(`/store/b2b/credit/transactions?from=yesterday`, { headers: acct.headers() }))).toBe(400)
      const rec = (await api.get(`/store/b2b/credit/receivables`, { headers: acct.headers() })).data
      expect(rec.total_outstanding).toBe("2000.00")
      expect(rec.receivables).toEqual([expect.objectContaining({ order_id: o1.id, amount: "3000.00", paid: "1000.00", outstanding: "2000.00" })])
      const sch = (await api.get(`/store/b2b/credit/schedule`, { headers: owner.headers() })).data.schedule
      expect(sch.map((s: any) => s.amount)).toEqual(["1000.00", "1000.00"])
      const dash = (await api.get(`/store/b2b/dashboard?period=day`, { headers: owner.headers() })).data
      expect(dash.turnover).toEqual([expect.objectContaining({ amount: "3000.00", orders: 1 })])
      expect(dash.orders_by_status).toEqual({ pending: 1 })
      expect(dash.balance.debt).toBe("2000.00")
      expect(await statusOf(api.get(`/store/b2b/dashboard?period=year`, { headers: owner.headers() }))).toBe(400)
      expect(await statusOf(api.get(`/store/b2b/dashboard`, { headers: buyer.headers() }))).toBe(403)
    })
  },
})
