import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { spawnSync } from "node:child_process"
import Redis from "ioredis"
import { createAdmin, createCompany, createCustomer, createPublishableKey, lastNotification, uniq } from "../utils/b2b"

jest.setTimeout(120 * 1000)

/**
 * With REDIS_URL the app runs on Medusa's Redis event bus, workflow engine, caching and locking
 * (several instances cooperate). Needs Redis on 127.0.0.1:6379 (or TEST_REDIS_URL); .ci/run starts one.
 */
const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379"
// test-utils loads medusa-config before it applies `env`, so the variable is set when this file loads
// (and put back afterwards: specs share the process)
const u = new URL(REDIS_URL)
const reachable =
  spawnSync(process.execPath, ["-e", `require("net").connect(${Number(u.port || 6379)}, "${u.hostname}").on("connect", () => process.exit(0)).on("error", () => process.exit(1))`], { timeout: 3000 }).status === 0
const previous = process.env.REDIS_URL
if (reachable) process.env.REDIS_URL = REDIS_URL
afterAll(() => {
  process.env.REDIS_URL = previous
})

if (!reachable && process.env.CI === "true") {
  // CI must prove the Redis modules: a Redis it cannot reach is a failure, not a skip
  describe(`Redis at ${REDIS_URL}`, () => it("is reachable (CI=true)", () => expect(`unreachable: ${REDIS_URL}`).toBe("reachable")))
} else if (!reachable) {
  // npm test on a developer machine without Redis: reported as skipped, never silently green
  describe.skip(`Redis at ${REDIS_URL} is not reachable`, () => it("skipped", () => undefined))
} else medusaIntegrationTestRunner({
  inApp: true,
  env: { REDIS_URL },
  testSuite: ({ api, getContainer }) => {
    it("boots on the Redis modules and runs workflows, events and subscribers through them", async () => {
      const c = getContainer()
      expect(c.resolve(Modules.EVENT_BUS).constructor.name).toMatch(/Redis/i)
      // the Redis workflow engine (the in-memory one has the same class name, but no Redis connection to close)
      expect(typeof (c.resolve(Modules.WORKFLOW_ENGINE) as any).redisDisconnectHandler_).toBe("function")
      // a lock taken through the locking module is a key in Redis (the Postgres or in-memory providers write none)
      const redis = new Redis(REDIS_URL)
      try {
        const key = uniq("b2b-lock-")
        await c.resolve(Modules.LOCKING).acquire(key, { expire: 30 })
        expect(await redis.exists(`medusa_lock:${key}`)).toBe(1)
        await c.resolve(Modules.LOCKING).release(key)
        expect(await redis.exists(`medusa_lock:${key}`)).toBe(0)
      } finally {
        redis.disconnect()
      }
      const admin = await createAdmin(c)
      const pk = await createPublishableKey(c)
      const owner = await createCustomer(api, pk)
      await createCompany(api, admin.headers, [{ customer_id: owner.id, role: "owner" }])
      const email = `${uniq("redis")}@test.local`
      const res = await api.post(`/store/b2b/invitations`, { email, role_id: "role_buyer" }, { headers: owner.headers() })
      expect(res.status).toBe(201)
      expect((await lastNotification(c, email, "b2b-invitation"))?.data.link).toMatch(/token=/)
    })
  },
})
