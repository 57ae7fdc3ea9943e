import { spawnSync } from "node:child_process"
import {
  closeThrottleRedis,
  counterId,
  redisThrottleStore,
  throttleKeys,
  throttleSettings,
  verdict,
} from "../throttle"

describe("throttle settings", () => {
  it("defaults, fractions of a minute, and refusal of nonsense", () => {
    expect(throttleSettings({})).toEqual({
      accountMax: 5,
      ipMax: 50,
      resetMax: 5,
      windowMs: 15 * 60_000,
    })
    expect(
      throttleSettings({ B2B_LOGIN_WINDOW_MINUTES: "0.05", B2B_LOGIN_MAX_FAILURES: "3" })
    ).toMatchObject({ accountMax: 3, windowMs: 3000 })
    expect(() => throttleSettings({ B2B_LOGIN_MAX_FAILURES: "0" })).toThrow(
      /B2B_LOGIN_MAX_FAILURES/
    )
    expect(() => throttleSettings({ B2B_LOGIN_MAX_FAILURES: "2.5" })).toThrow(/whole/)
    expect(() => throttleSettings({ B2B_LOGIN_WINDOW_MINUTES: "abc" })).toThrow(
      /B2B_LOGIN_WINDOW_MINUTES/
    )
  })
})

describe("throttle keys", () => {
  const s = throttleSettings({
    B2B_LOGIN_MAX_FAILURES: "3",
    B2B_LOGIN_MAX_FAILURES_PER_IP: "10",
    B2B_PASSWORD_RESET_MAX: "2",
  })
  it("per account (case and spaces ignored) and per address; ids never contain the e-mail", () => {
    const k = throttleKeys("login:customer", " Ann@Example.COM ", "10.0.0.1", s)
    expect(k.map((x) => [x.label, x.limit])).toEqual([
      ["account", 3],
      ["address", 10],
    ])
    expect(k[0].id).toBe(throttleKeys("login:customer", "ann@example.com", null, s)[0].id)
    expect(k[0].id).not.toMatch(/ann|example/)
    // customers and staff are different accounts; the address counter is shared by both login doors
    expect(throttleKeys("login:user", "ann@example.com", "10.0.0.1", s)[0].id).not.toBe(k[0].id)
    expect(throttleKeys("login:user", "ann@example.com", "10.0.0.1", s)[1].id).toBe(k[1].id)
    expect(throttleKeys("reset:customer", "ann@example.com", null, s)[0].limit).toBe(2)
    expect(throttleKeys("login:customer", "", null, s)).toEqual([])
  })
})

describe("verdict", () => {
  const s = throttleSettings({ B2B_LOGIN_MAX_FAILURES: "3", B2B_LOGIN_MAX_FAILURES_PER_IP: "10" })
  const keys = throttleKeys("login:customer", "a@b.c", "10.0.0.1", s)
  const now = 1_000_000
  it("blocks at the limit inside the window, with the wait in whole seconds", () => {
    const at = (acct: number, ip: number, leftMs = 5_500) =>
      new Map([
        [keys[0].id, { count: acct, reset_at: new Date(now + leftMs) }],
        [keys[1].id, { count: ip, reset_at: new Date(now + 60_000) }],
      ])
    expect(verdict(keys, at(2, 2), now)).toEqual({ blocked: false })
    expect(verdict(keys, at(3, 2), now)).toEqual({
      blocked: true,
      by: "account",
      retryAfterSeconds: 6,
    })
    expect(verdict(keys, at(3, 10), now)).toEqual({
      blocked: true,
      by: "address",
      retryAfterSeconds: 60,
    })
    expect(verdict(keys, at(9, 2, 0), now)).toEqual({ blocked: false }) // window over
    expect(verdict(keys, new Map(), now)).toEqual({ blocked: false })
  })
})

// the Redis store against a real Redis (skipped without one)
const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379"
const u = new URL(REDIS_URL)
const reachable =
  spawnSync(
    process.execPath,
    [
      "-e",
      `require("net").connect(${Number(u.port || 6379)}, "${u.hostname}").on("connect", () => process.exit(0)).on("error", () => process.exit(1))`,
    ],
    { timeout: 3000 }
  ).status === 0
;(reachable ? describe : describe.skip)("Redis throttle store", () => {
  afterAll(() => closeThrottleRedis())
  it("counts atomically with a window, peeks, clears, and starts over when the window ends", async () => {
    const store = redisThrottleStore(REDIS_URL)
    const id = counterId(`test:${Date.now()}:${Math.random()}`)
    const hits = await Promise.all(Array.from({ length: 10 }, () => store.hit([id], 400)))
    expect(hits.map((m) => m.get(id)!.count).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ])
    const peek = (await store.peek([id, counterId("absent")])).get(id)!
    expect(peek.count).toBe(10)
    expect(peek.reset_at.getTime()).toBeGreaterThan(Date.now())
    expect((await store.peek([counterId("absent")])).size).toBe(0)
    await new Promise((r) => setTimeout(r, 500))
    expect((await store.peek([id])).size).toBe(0)
    expect((await store.hit([id], 400)).get(id)!.count).toBe(1)
    await store.clear([id])
    expect((await store.peek([id])).size).toBe(0)
  })
})
