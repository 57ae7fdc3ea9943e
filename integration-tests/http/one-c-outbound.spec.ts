// A stand-in for 1C's HTTP service on a local port; the connector reads these settings at call time.
const PORT = 47000 + Math.floor(Math.random() * 2000)
process.env.ONE_C_PUSH_URL = `http://127.0.0.1:${PORT}/hs/portal/orders`
process.env.ONE_C_PUSH_MAX_ATTEMPTS = "3"
process.env.ONE_C_PUSH_TIMEOUT_MS = "500"
process.env.ONE_C_OUTBOUND_LOGIN = "portal"
process.env.ONE_C_OUTBOUND_PASSWORD = "from-1c"
process.env.ONE_C_PRICING_URL = `http://127.0.0.1:${PORT}/hs/portal/prices`
process.env.ONE_C_PRICING_TIMEOUT_MS = "300"

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import http from "node:http"
import { createAdmin, createCompany, createCustomer, placeOrder as placeOrderIn, rubRegion, statusOf, storefrontKey, until } from "../utils/b2b"
import { ONE_C_MODULE } from "../../src/modules/one-c"
import { pushDueOrdersWorkflow } from "../../src/workflows/one-c"

jest.setTimeout(300 * 1000)

type Hit = { path: string; headers: http.IncomingHttpHeaders; body: string }
/** What the fake 1C answers next: an HTTP status, or "hang" (no answer within the timeout). */
let plan: (hit: Hit) => number | "hang" = () => 200
let prices: Record<string, string> = {}
const hits: Hit[] = []
const server = http.createServer((req, res) => {
  let body = ""
  req.on("data", (c) => (body += c))
  req.on("end", () => {
    const hit = { path: req.url ?? "", headers: req.headers, body }
    hits.push(hit)
    const answer = plan(hit)
    if (answer === "hang") return void setTimeout(() => res.end(), 6000)
    res.writeHead(answer, { "content-type": "application/json" })
    res.end(hit.path.endsWith("/prices") ? JSON.stringify({ prices }) : JSON.stringify({ ok: answer < 300 }))
  })
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let pk: string
    let regionId: string
    let variantId: string

    beforeAll(async () => {
      await new Promise<void>((r) => server.listen(PORT, "127.0.0.1", () => r()))
    })
    afterAll(async () => {
      await new Promise((r) => server.close(r))
    })

    beforeEach(async () => {
      hits.length = 0
      plan = () => 200
      prices = {}
      const c = getContainer()
      admin = await createAdmin(c)
      const { sc, pk: token } = await storefrontKey(c)
      pk = token
      regionId = await rubRegion(c)
      const { result } = await createProductsWorkflow(c).run({
        input: { products: [{ title: "Кабель ВВГнг-LS 3x2,5", status: "published", sales_channels: [{ id: sc.id }], options: [{ title: "Вид", values: ["бухта"] }],
          variants: [{ title: "бухта", sku: "VVG-3X2.5", options: { Вид: "бухта" }, manage_inventory: false, prices: [{ amount: 1234.5, currency_code: "rub" }] }] }] },
      })
      variantId = result[0].variants[0].id
    })

    async function buyer() {
      const b = await createCustomer(api, pk)
      const le = await createCompany(api, admin.headers, [{ customer_id: b.id, role: "owner" }])
      return { h: b.headers(), le }
    }
    const placeOrder = (h: Record<string, string>, qty: number) => placeOrderIn(api, h, regionId, [{ variant_id: variantId, quantity: qty }])
    const outbox = async (orderId: string) => {
      const [row] = await getContainer().resolve<any>(ONE_C_MODULE).listOnecOutboxes({ order_id: orderId })
      return row
    }
    const pushAt = (minutesFromNow: number) =>
      pushDueOrdersWorkflow(getContainer()).run({ input: { now: new Date(Date.now() + minutesFromNow * 60_000).toISOString() } }).then((r) => r.result)

    it("a placed order is pushed at once with Basic auth and its id as the idempotency key; failures retry with backoff", async () => {
      const { h, le } = await buyer()
      plan = (hit) => (hits.filter((x) => x.path === hit.path).length === 1 ? 503 : 200) // the first push fails
      const order = await placeOrder(h, 2)
      const first = await until(async () => (await outbox(order.id))?.attempts === 1 && (await outbox(order.id)), "the first attempt")
      expect(first).toEqual(expect.objectContaining({ status: "pending", response_status: 503 }))
      expect(first.last_error).toMatch(/HTTP 503/)
      // backoff: not due again before a minute has passed
      const wait = new Date(first.next_attempt_at).getTime() - Date.now()
      expect(wait).toBeGreaterThan(30_000)
      expect(await pushAt(0)).toEqual(expect.objectContaining({ sent: 0, retry: 0 }))
      expect(await pushAt(2)).toEqual(expect.objectContaining({ sent: 1 }))
      expect(await outbox(order.id)).toEqual(expect.objectContaining({ status: "sent", attempts: 2, response_status: 200, last_error: null }))

      const pushes = hits.filter((x) => x.path === "/hs/portal/orders")
      expect(pushes).toHaveLength(2)
      for (const p of pushes) {
        expect(p.headers["idempotency-key"]).toBe(order.id)
        expect(p.headers.authorization).toBe(`Basic ${Buffer.from("portal:from-1c").toString("base64")}`)
      }
      const body = JSON.parse(pushes[1].body)
      // amounts as the portal computes them everywhere (lib/money): kopecks always written, VAT terms carried
      expect(body).toEqual(expect.objectContaining({ id: order.id, currency: "rub", total: "2469.00", vat_total: "445.23", vat_included: true }))
      expect(body.counterparty).toEqual(expect.objectContaining({ id: le.id, inn: le.inn }))
      expect(body.lines).toEqual([expect.objectContaining({ sku: "VVG-3X2.5", quantity: "2", price: "1234.5", amount: "2469.00", vat_rate: "22", vat_amount: "445.23", total: "2469.00", vat_included: true })])
      // a sent entry is never pushed again
      expect(await pushAt(600)).toEqual(expect.objectContaining({ sent: 0, retry: 0, dead: 0 }))
      expect(hits.filter((x) => x.path === "/hs/portal/orders")).toHaveLength(2)
    })

    it("after the last attempt an entry is dead-lettered (timeouts count as failures); a manager re-sends it", async () => {
      const { h } = await buyer()
      plan = () => "hang"
      const order = await placeOrder(h, 1)
      await until(async () => (await outbox(order.id))?.attempts === 1, "the first attempt")
      expect((await outbox(order.id)).last_error).toMatch(/abort|timeout/i)
      plan = () => 500
      await pushAt(5)
      expect(await pushAt(60)).toEqual(expect.objectContaining({ dead: 1 }))
      const dead = await outbox(order.id)
      expect(dead).toEqual(expect.objectContaining({ status: "dead", attempts: 3, response_status: 500 }))
      expect(await pushAt(6000)).toEqual(expect.objectContaining({ sent: 0, retry: 0, dead: 0 })) // dead stays dead

      const list = (await api.get(`/admin/b2b/one-c/outbox?status=dead`, { headers: admin.headers })).data.outbox
      expect(list.map((r: any) => r.order_id)).toContain(order.id)
      expect(await statusOf(api.get(`/admin/b2b/one-c/outbox?status=nonsense`, { headers: admin.headers }))).toBe(400)
      expect(await statusOf(api.get(`/admin/b2b/one-c/outbox`))).toBe(401)

      plan = () => 200
      const retried = (await api.post(`/admin/b2b/one-c/outbox/${dead.id}/retry`, {}, { headers: admin.headers })).data.outbox
      expect(retried).toEqual(expect.objectContaining({ status: "pending", attempts: 0 }))
      expect(await pushAt(0)).toEqual(expect.objectContaining({ sent: 1 }))
      expect(await outbox(order.id)).toEqual(expect.objectContaining({ status: "sent", attempts: 1 }))
      expect(await statusOf(api.post(`/admin/b2b/one-c/outbox/obx_missing/retry`, {}, { headers: admin.headers }))).toBe(404)
    })

    it("1C details the cart's prices when it answers in time; otherwise the portal's price stands", async () => {
      const { h, le } = await buyer()
      prices = { [variantId]: "1111.11" }
      const cart = (await api.post(`/store/carts`, { region_id: regionId }, { headers: h })).data.cart
      let c = (await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 3 }, { headers: h }).catch((e: any) => { throw new Error(JSON.stringify(e.response?.data)) })).data.cart
      expect(c.items[0].unit_price).toBe(1111.11)
      expect(c.items[0].metadata.b2b_price).toEqual(expect.objectContaining({ erp_amount: "1111.11", portal_amount: "1234.50" }))
      const ask = JSON.parse(hits.filter((x) => x.path === "/hs/portal/prices").pop()!.body)
      expect(ask.counterparty).toEqual(expect.objectContaining({ inn: le.inn }))
      expect(ask.lines).toEqual([expect.objectContaining({ variant_id: variantId, quantity: 3, price: "1234.50" })])

      // 1C does not answer within ONE_C_PRICING_TIMEOUT_MS: the portal's price, and the buyer is not kept waiting
      plan = () => "hang"
      const t = Date.now()
      c = (await api.post(`/store/carts/${cart.id}/line-items/${c.items[0].id}`, { quantity: 4 }, { headers: h })).data.cart
      expect(Date.now() - t).toBeLessThan(5000)
      expect(c.items[0].unit_price).toBe(1234.5)
      // an unusable answer (not a price) is ignored too
      plan = () => 200
      prices = { [variantId]: "бесплатно" }
      c = (await api.post(`/store/carts/${cart.id}/line-items/${c.items[0].id}`, { quantity: 5 }, { headers: h })).data.cart
      expect(c.items[0].unit_price).toBe(1234.5)
    })
  },
})
