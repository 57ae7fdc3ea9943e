import { buildModules, readRuntimeConfig } from "../runtime-config"

describe("readRuntimeConfig", () => {
  it("has safe local defaults", () => {
    const cfg = readRuntimeConfig({})
    expect(cfg.port).toBe(9000)
    expect(cfg.workerMode).toBe("shared")
    expect(cfg.redisUrl).toBeUndefined()
    expect(cfg.databaseUrl).toMatch(/^postgres:\/\//)
    expect(cfg.storeCors).toContain("http://localhost:8000")
  })

  it("rejects an unknown worker mode and a bad port, naming the variable", () => {
    expect(() => readRuntimeConfig({ MEDUSA_WORKER_MODE: "both" })).toThrow(/MEDUSA_WORKER_MODE/)
    expect(() => readRuntimeConfig({ PORT: "abc" })).toThrow(/PORT/)
    expect(() => readRuntimeConfig({ PORT: "70000" })).toThrow(/PORT/)
  })

  it("refuses default secrets in production unless explicitly allowed", () => {
    expect(() => readRuntimeConfig({ NODE_ENV: "production" })).toThrow(/JWT_SECRET/)
    expect(
      readRuntimeConfig({ NODE_ENV: "production", B2B_ALLOW_DEV_SECRETS: "true" }).jwtSecret
    ).toBeTruthy()
    const cfg = readRuntimeConfig({ NODE_ENV: "production", JWT_SECRET: "a", COOKIE_SECRET: "b" })
    expect([cfg.jwtSecret, cfg.cookieSecret]).toEqual(["a", "b"])
  })

  it("makes the session cookie Secure in production unless COOKIE_SECURE=false", () => {
    expect(readRuntimeConfig({}).cookieSecure).toBe(false)
    expect(
      readRuntimeConfig({ NODE_ENV: "production", B2B_ALLOW_DEV_SECRETS: "true" }).cookieSecure
    ).toBe(true)
    expect(
      readRuntimeConfig({
        NODE_ENV: "production",
        B2B_ALLOW_DEV_SECRETS: "true",
        COOKIE_SECURE: "false",
      }).cookieSecure
    ).toBe(false)
    expect(readRuntimeConfig({ COOKIE_SECURE: "true" }).cookieSecure).toBe(true)
  })
})

describe("buildModules", () => {
  it("uses Medusa's local defaults without REDIS_URL", () => {
    const resolves = buildModules(readRuntimeConfig({})).map((m) => m.resolve)
    expect(resolves.some((r) => r.includes("redis"))).toBe(false)
  })

  it("wires the four Redis-backed infrastructure modules with REDIS_URL", () => {
    const mods = buildModules(readRuntimeConfig({ REDIS_URL: "redis://127.0.0.1:6379" }))
    const text = JSON.stringify(mods)
    for (const r of [
      "@medusajs/medusa/event-bus-redis",
      "@medusajs/medusa/workflow-engine-redis",
      "@medusajs/caching-redis",
      "@medusajs/medusa/locking-redis",
    ]) {
      expect(text).toContain(r)
    }
    expect(text.match(/redis:\/\/127\.0\.0\.1:6379/g)?.length).toBe(4)
  })
})
