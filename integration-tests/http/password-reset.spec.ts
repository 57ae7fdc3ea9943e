import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createPublishableKey, createCustomer, lastNotification, statusOf, uniq } from "../utils/b2b"

jest.setTimeout(120 * 1000)

/** The notification, once the subscriber of `auth.password_reset` has sent it (events are delivered after the answer). */
async function mailed(container: any, to: string, template: string) {
  for (let i = 0; i < 100; i++) {
    const n = await lastNotification(container, to, template)
    if (n) return n
    await new Promise((r) => setTimeout(r, 100))
  }
  return undefined
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let pk: string
    beforeEach(async () => {
      pk = await createPublishableKey(getContainer())
    })

    describe("password reset by e-mail (Medusa's auth reset flow)", () => {
      it("mails the buyer a storefront link whose token sets a new password; the old one stops working", async () => {
        const c = await createCustomer(api, pk, `${uniq("reset")}@test.local`, "old-password-1")
        const asked = await api.post(`/auth/customer/emailpass/reset-password`, { identifier: c.email })
        expect(asked.status).toBe(201)
        const note = await mailed(getContainer(), c.email, "b2b-password-reset")
        expect(note).toBeTruthy()
        const link = new URL(note!.data.link)
        expect(link.pathname).toBe("/reset-password/confirm")
        expect(link.searchParams.get("email")).toBe(c.email)
        const token = link.searchParams.get("token")!
        expect(token.split(".")).toHaveLength(3)

        // a wrong token is refused
        expect(
          await statusOf(api.post(`/auth/customer/emailpass/update`, { email: c.email, password: "new-password-1" }, { headers: { authorization: `Bearer x.y.z` } }))
        ).toBe(401)
        const updated = await api.post(
          `/auth/customer/emailpass/update`,
          { email: c.email, password: "new-password-1" },
          { headers: { authorization: `Bearer ${token}` } }
        )
        expect(updated.data.success).toBe(true)
        expect(await statusOf(api.post(`/auth/customer/emailpass`, { email: c.email, password: "old-password-1" }))).toBe(401)
        const login = await api.post(`/auth/customer/emailpass`, { email: c.email, password: "new-password-1" })
        expect(typeof login.data.token).toBe("string")
      })

      it("sends nothing for an address with no account (and answers the same)", async () => {
        const email = `${uniq("nobody")}@test.local`
        const asked = await api.post(`/auth/customer/emailpass/reset-password`, { identifier: email })
        expect(asked.status).toBe(201)
        await new Promise((r) => setTimeout(r, 1000))
        expect(await lastNotification(getContainer(), email, "b2b-password-reset")).toBeUndefined()
      })
    })
  },
})
