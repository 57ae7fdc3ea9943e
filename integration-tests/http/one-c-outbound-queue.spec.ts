// The outbound push to 1C through the BullMQ queue (REDIS_URL set): retries with backoff by BullMQ,
// dead letters after the last attempt, a manager's retry re-queues. A stand-in for 1C's HTTP service.
import { spawnSync } from "node:child_process"
import http from "node:http"

const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379"
const u = new URL(REDIS_URL)
const reachable =
  spawnSync(process.execPath, ["-e", `require("net").connect(${Number(u.port || 6379)}, "${u.hostname}").on("connect", () => process.exit(0)).on("error", () => process.exit(1))`], { timeout: 3000 }).status === 0
const PORT = 49000 + Math.floor(Math.random() * 2000)
const previous = { ...process.env }
if (reachable) process.env.REDIS_URL = REDIS_URL
process.env.ONE_C_PUSH_URL = `http://127.0.0.1:${PORT}/hs/portal/orders`
process.env.ONE_C_PUSH_MAX_ATTEMPTS = "3"
process.env.ONE_C_PUSH_TIMEOUT_MS = "1000"
process.env.ONE_C_PUSH_BACKOFF_MS = "400"

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { Queue } from "bullmq"
import { createAdmin, createCompany, createCustomer, placeOrder, rubRegion, storefrontKey, until } from "../utils/b2b"
import { ONE_C_MODULE } from "../../src/modules/one-c"
import { closePushQueue, PUSH_QUEUE } from "../../src/workflows/one-c/utils"

jest.setTimeout(300 * 1000)

type Hit = { at: number; key: string | undefined; order: string }
let plan: (n: number) => number = () => 200
const hits: Hit[] = []
const server = http.createServer((req, res) => {
  let body = ""
  req.on("data", (c) => (body += c))
  req.on("end", () => {
    const order = JSON.parse(body || "{}").id as string
    hits.push({ at: Date.now(), key: req.headers["idempotency-key"] as string | undefined, order })
    res.writeHead(plan(hits.filter((h) => h.order === order).length), { "content-type": "application/json" })
    res.end("{}")
  })
})

if (!reachable) {
  describe.skip(`Redis at ${REDIS_URL} is not reachable`, () => it("skipped", () => undefined))
} else medusaIntegrationTestRunner({
  inApp: true,
  env: { REDIS_URL },
  testSuite: ({ api, getContainer }) => {
    let admin: Awaited<ReturnType<typeof createAdmin>>
    let h: Record<string, string>
    let regionId: string
    let variantId: string
    beforeAll(async () => {
      await new Promise<void>((r) => server.listen(PORT, "127.0.0.1", () => r()))
    })
    afterAll(async () => {
      await closePushQueue()
      await new Promise((r) => server.close(r))
      for (const k of ["REDIS_URL", "ONE_C_PUSH_URL", "ONE_C_PUSH_MAX_ATTEMPTS", "ONE_C_PUSH_TIMEOUT_MS", "ONE_C_PUSH_BACKOFF_MS"]) {
        if (previous[k] === undefined) delete process.env[k]
        else process.env[k] = previous[k]
      }
    })
    beforeEach(async () => {
      const c = getContainer()
      admin = await createAdmin(c)
      const { sc, pk } = await storefrontKey(c)
      regionId = await rubRegion(c)
      const { result } = await createProductsWorkflow(c).run({
        input: { products: [{ title: "Кабель ВВГнг-LS 3x2,5", status: "published", sales_channels: [{ id: sc.id }], options: [{ title: "Вид", values: ["бухта"] }],
          variants: [{ title: "бухта", sku: `VVG-${Date.now()}`, options: { Вид: "бухта" }, manage_inventory: false, prices: [{ amount: 1234.5, currency_code: "rub" }] }] }] },
      })
      variantId = result[0].variants[0].id
      const b = await createCustomer(api, pk)
      await createCompany(api, admin.headers, [{ customer_id: b.id, role: "owner" }])
      h = b.headers()
    })
    const outbox = async (orderId: string) => (await getContainer().resolve<any>(ONE_C_MODULE).listOnecOutboxes({ order_id: orderId }))[0]

    it("BullMQ delivers with exponential backoff until 1C accepts, same idempotency key every time", async () => {
      plan = (n) => (n <= 2 ? 503 : 200) // two failures, then accepted
      const order = await placeOrder(api, h, regionId, [{ variant_id: variantId, quantity: 2 }])
      const sent = await until(async () => (await outbox(order.id))?.status === "sent" && (await outbox(order.id)), "delivery through the queue")
      expect(sent).toEqual(expect.objectContaining({ attempts: 3, response_status: 200, last_error: null }))
      const mine = hits.filter((x) => x.order === order.id)
      expect(mine).toHaveLength(3)
      expect(new Set(mine.map((x) => x.key))).toEqual(new Set([order.id]))
      // BullMQ waited 400 ms, then 800 ms (the per-minute job never ran in between: it would wait a minute)
      expect(mine[1].at - mine[0].at).toBeGreaterThanOrEqual(350)
      expect(mine[2].at - mine[1].at).toBeGreaterThanOrEqual(750)
      expect(mine[2].at - mine[0].at).toBeLessThan(30_000)
      // the queue is BullMQ's, in Redis; finished jobs are not kept
      const q = new Queue(PUSH_QUEUE, { connection: { host: u.hostname, port: Number(u.port || 6379) } })
      const counts = await q.getJobCounts("waiting", "delayed", "active", "failed")
      await q.close()
      expect(counts.failed).toBe(0)
    })

    it("after the last attempt the entry is a dead letter; the manager's retry queues it again", async () => {
      plan = () => 500
      const order = await placeOrder(api, h, regionId, [{ variant_id: variantId, quantity: 1 }])
      const dead = await until(async () => (await outbox(order.id))?.status === "dead" && (await outbox(order.id)), "the dead letter")
      expect(dead).toEqual(expect.objectContaining({ attempts: 3, response_status: 500 }))
      expect(dead.last_error).toMatch(/HTTP 500/)
      await new Promise((r) => setTimeout(r, 1500))
      expect(hits.filter((x) => x.order === order.id)).toHaveLength(3) // dead stays dead
      plan = () => 200
      const r = await api.post(`/admin/b2b/one-c/outbox/${dead.id}/retry`, {}, { headers: admin.headers })
      expect(r.status).toBe(200)
      const sent = await until(async () => (await outbox(order.id))?.status === "sent" && (await outbox(order.id)), "delivery after the retry")
      expect(sent.attempts).toBe(1)
      expect(hits.filter((x) => x.order === order.id)).toHaveLength(4)
    })
  },
})
