import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createAdmin, createCompany, createCustomer, createPublishableKey, lastNotification, uniq } from "../utils/b2b"

jest.setTimeout(120 * 1000)

/**
 * With REDIS_URL the app runs on Medusa's Redis event bus, workflow engine, caching and locking
 * (several instances cooperate). Needs Redis on 127.0.0.1:6379 (or TEST_REDIS_URL); .ci/run starts one.
 */
const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379"
// test-utils loads medusa-config before it applies `env`, so the variable is set when this file loads
// (and put back afterwards: specs share the process)
const previous = process.env.REDIS_URL
process.env.REDIS_URL = REDIS_URL
afterAll(() => {
  process.env.REDIS_URL = previous
})

medusaIntegrationTestRunner({
  inApp: true,
  env: { REDIS_URL },
  testSuite: ({ api, getContainer }) => {
    it("boots on the Redis modules and runs workflows, events and subscribers through them", async () => {
      const c = getContainer()
      expect(c.resolve(Modules.EVENT_BUS).constructor.name).toMatch(/Redis/i)
      expect(c.resolve(Modules.LOCKING)).toBeTruthy()
      expect(c.resolve(Modules.WORKFLOW_ENGINE).constructor.name).toMatch(/Redis|Workflows/i)
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
