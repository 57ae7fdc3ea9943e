// Small limits and a 3-second window so the spec can watch a window pass; one trusted proxy hop so each test
// can act from its own client address (X-Forwarded-For). The 1C credentials and the alias path are read at boot.
process.env.B2B_LOGIN_MAX_FAILURES = "3"
process.env.B2B_LOGIN_MAX_FAILURES_PER_IP = "5"
process.env.B2B_PASSWORD_RESET_MAX = "2"
process.env.B2B_LOGIN_WINDOW_MINUTES = "0.05"
process.env.B2B_TRUST_PROXY_HOPS = "1"
process.env.ONE_C_EXCHANGE_LOGIN = "exchange"
process.env.ONE_C_EXCHANGE_PASSWORD = "s3cret-exchange"
process.env.ONE_C_EXCHANGE_PATH = "/bitrix/admin/1c_exchange.php"

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { counterId } from "../../src/api/utils/throttle"
import { createAdmin, createCompany, createCustomer, createPublishableKey, lastNotification, tokenFromLink, uniq } from "../utils/b2b"

jest.setTimeout(180 * 1000)

let ipSeq = 0
/** A fresh client address for each scenario (counters are per address too). */
const newIp = () => `198.51.100.${++ipSeq}`
const from = (ip: string) => ({ headers: { "x-forwarded-for": ip }, validateStatus: () => true })
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const basic = (login: string, password: string) => `Basic ${Buffer.from(`${login}:${password}`).toString("base64")}`

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let pk: string
    beforeEach(async () => {
      pk = await createPublishableKey(getContainer())
    })
    const login = (email: string, password: string, ip: string, actor = "customer") => api.post(`/auth/${actor}/emailpass`, { email, password }, from(ip))

    describe("customer and staff logins", () => {
      it("N wrong passwords → 429 with Retry-After for that account and that address; another account from another address still signs in", async () => {
        const a = await createCustomer(api, pk)
        const b = await createCustomer(api, pk)
        const ip1 = newIp()
        for (let i = 0; i < 3; i++) expect((await login(a.email, "wrong-password", ip1)).status).toBe(401)
        // the count lives where every instance sees it: Redis with REDIS_URL (run this file with it set), else the database
        const id = counterId(`login:customer:acct:${a.email.toLowerCase()}`)
        if (process.env.REDIS_URL) {
          const IORedis = require("ioredis")
          const r = new IORedis(process.env.REDIS_URL)
          try {
            expect(Number(await r.get(`b2b:throttle:${id}`))).toBe(3)
          } finally {
            r.disconnect()
          }
        } else {
          const { rows } = await (getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any).raw(`select count from b2b_auth_throttle where id = ?`, [id])
          expect(rows.map((x: any) => Number(x.count))).toEqual([3])
        }
        // the account is at its limit: refused before the password is even checked, the right one included
        const blocked = await login(a.email, a.password, ip1)
        expect(blocked.status).toBe(429)
        expect(blocked.data.type).toBe("too_many_requests")
        const retry = Number(blocked.headers["retry-after"])
        expect(retry).toBeGreaterThanOrEqual(1)
        expect(retry).toBeLessThanOrEqual(3)
        // the same account from another address: still refused (the account is what is being guessed)
        const ip2 = newIp()
        expect((await login(a.email, a.password, ip2)).status).toBe(429)
        // the e-mail in another case and with spaces is the same account
        expect((await login(` ${a.email.toUpperCase()} `, a.password, newIp())).status).toBe(429)
        // someone else's account is not blocked by a's failures
        const ok = await login(b.email, b.password, ip2)
        expect(ok.status).toBe(200)
        expect(ok.data.token).toBeTruthy()
        // after the window a signs in again
        await sleep(3200)
        expect((await login(a.email, a.password, ip1)).status).toBe(200)
      })

      it("one address guessing many accounts is limited per address; other addresses are not", async () => {
        const b = await createCustomer(api, pk)
        const ip = newIp()
        for (let i = 0; i < 5; i++) expect((await login(`${uniq("nobody")}@test.local`, "guess", ip)).status).toBe(401)
        const blocked = await login(b.email, b.password, ip)
        expect(blocked.status).toBe(429)
        expect(blocked.data.message).toMatch(/network address/)
        expect((await login(b.email, b.password, newIp())).status).toBe(200)
      })

      it("a successful login clears the account's failures", async () => {
        const a = await createCustomer(api, pk)
        const ip = newIp()
        for (let i = 0; i < 2; i++) expect((await login(a.email, "wrong-password", ip)).status).toBe(401)
        expect((await login(a.email, a.password, ip)).status).toBe(200)
        for (let i = 0; i < 2; i++) expect((await login(a.email, "wrong-password", ip)).status).toBe(401)
        expect((await login(a.email, a.password, ip)).status).toBe(200)
      })

      it("staff logins at /auth/user/emailpass are throttled the same way", async () => {
        const email = `${uniq("staff")}@test.local`
        await api.post(`/auth/user/emailpass/register`, { email, password: "right-password" })
        const ip = newIp()
        for (let i = 0; i < 3; i++) expect((await login(email, "wrong", ip, "user")).status).toBe(401)
        expect((await login(email, "right-password", ip, "user")).status).toBe(429)
        expect((await login(email, "right-password", newIp(), "user")).status).toBe(429)
      })

      it("password-reset requests: at most B2B_PASSWORD_RESET_MAX per account in the window, then 429", async () => {
        const a = await createCustomer(api, pk)
        const ip = newIp()
        const reset = (ipx: string) => api.post(`/auth/customer/emailpass/reset-password`, { identifier: a.email }, from(ipx))
        expect((await reset(ip)).status).toBe(201)
        expect((await reset(newIp())).status).toBe(201)
        const third = await reset(newIp())
        expect(third.status).toBe(429)
        expect(Number(third.headers["retry-after"])).toBeGreaterThanOrEqual(1)
      })
    })

    describe("1C exchange", () => {
      const checkauth = (path: string, password: string, ip: string) =>
        api.get(`${path}?type=catalog&mode=checkauth`, { ...from(ip), headers: { ...from(ip).headers, authorization: basic("exchange", password) }, responseType: "arraybuffer" })
      const text = (r: any) => Buffer.from(r.data).toString("latin1")

      it("checkauth brute force → 429 with Retry-After, at /1c/exchange and at the ONE_C_EXCHANGE_PATH alias alike; the window passes", async () => {
        const ip = newIp()
        for (let i = 0; i < 3; i++) {
          const r = await checkauth(i % 2 ? "/bitrix/admin/1c_exchange.php" : "/1c/exchange", "guess", ip)
          expect(r.status).toBe(200)
          expect(text(r).split("\n")[0]).toBe("failure")
        }
        const blocked = await checkauth("/1c/exchange", "s3cret-exchange", ip)
        expect(blocked.status).toBe(429)
        expect(Number(blocked.headers["retry-after"])).toBeGreaterThanOrEqual(1)
        expect(text(blocked).split("\n")[0]).toBe("failure")
        expect((await checkauth("/bitrix/admin/1c_exchange.php", "s3cret-exchange", newIp())).status).toBe(429)
        // the JSON API shares the counters
        const apiBlocked = await api.get(`/1c/api/counterparties`, { ...from(ip), headers: { ...from(ip).headers, authorization: basic("exchange", "s3cret-exchange") } })
        expect(apiBlocked.status).toBe(429)
        await sleep(3200)
        const ok = await checkauth("/1c/exchange", "s3cret-exchange", ip)
        expect(ok.status).toBe(200)
        expect(text(ok).split("\n")[0]).toBe("success")
      })

      it("/1c/api/* with wrong Basic credentials: 401 until the limit, then 429", async () => {
        const ip = newIp()
        const call = (password: string) =>
          api.post(`/1c/api/credit-limits`, { limits: [] }, { ...from(ip), headers: { ...from(ip).headers, authorization: basic("exchange", password) } })
        for (let i = 0; i < 3; i++) expect((await call("guess")).status).toBe(401)
        const blocked = await call("s3cret-exchange")
        expect(blocked.status).toBe(429)
        expect(blocked.headers["retry-after"]).toBeTruthy()
      })
    })

    describe("security headers", () => {
      const expectApiHeaders = (h: Record<string, string>) => {
        expect(h["x-content-type-options"]).toBe("nosniff")
        expect(h["x-frame-options"]).toBe("DENY")
        expect(h["referrer-policy"]).toBe("no-referrer")
        expect(h["content-security-policy"]).toMatch(/frame-ancestors 'none'/)
        expect(h["x-powered-by"]).toBeUndefined()
      }
      it("on store, auth and error answers", async () => {
        const store = await api.get(`/store/regions`, { headers: { "x-publishable-api-key": pk }, validateStatus: () => true })
        expect(store.status).toBe(200)
        expectApiHeaders(store.headers)
        const failed = await login(`${uniq("x")}@test.local`, "wrong", newIp())
        expect(failed.status).toBe(401)
        expectApiHeaders(failed.headers)
      })
      it("on /app (the admin dashboard's path): same-origin framing only", async () => {
        // test-utils disables the dashboard, so Express's final 404 answers here; what matters is that the headers
        // reach an answer our middlewares never see (the dashboard is mounted before them, see security-headers.ts)
        const app = await api.get(`/app/orders`, { validateStatus: () => true })
        expect(app.headers["x-content-type-options"]).toBe("nosniff")
        expect(app.headers["x-frame-options"]).toBe("SAMEORIGIN")
        expect(app.headers["referrer-policy"]).toBe("strict-origin")
        // that 404 brings its own stricter CSP (default-src 'none'), which we leave alone
        expect(app.headers["content-security-policy"]).toBeTruthy()
      })
    })

    describe("tokens", () => {
      it("invitation links keep a 256-bit token in the notification table while the log line is masked", async () => {
        const c = getContainer()
        const admin = await createAdmin(c)
        const owner = await createCustomer(api, pk)
        await createCompany(api, admin.headers, [{ customer_id: owner.id, role: "owner" }])
        const email = `${uniq("inv")}@test.local`
        const logger = c.resolve("logger") as any
        const lines: string[] = []
        const info = logger.info
        logger.info = (...args: any[]) => {
          lines.push(args.map(String).join(" "))
          return info.apply(logger, args)
        }
        try {
          expect((await api.post(`/store/b2b/invitations`, { email, role_id: "role_buyer" }, { headers: owner.headers() })).status).toBe(201)
        } finally {
          logger.info = info
        }
        const token = tokenFromLink((await lastNotification(c, email, "b2b-invitation"))!.data.link)
        expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(16)
        const sent = lines.filter((l) => l.includes(email))
        expect(sent.length).toBeGreaterThan(0)
        for (const l of sent) {
          expect(l).not.toContain(token)
          expect(l).toMatch(/token=\*\*\*/)
        }
      })
    })
  },
})
