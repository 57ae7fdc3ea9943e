import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

jest.setTimeout(60 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api }) => {
    describe("GET /b2b/health", () => {
      it("answers with the plugin name after a database round trip", async () => {
        const res = await api.get("/b2b/health")
        expect(res.status).toEqual(200)
        expect(res.data).toEqual(expect.objectContaining({ status: "ok", plugin: "b2b-portal" }))
        expect(typeof res.data.db_ms).toBe("number")
      })
    })
  },
})
