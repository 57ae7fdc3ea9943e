import { describe, expect, it } from "vitest"

import { readConfig, DEFAULT_BACKEND_URL } from "../config"
import { describeError, TimeoutError, withTimeout } from "./errors"

const URL_ = "http://localhost:9000"

describe("readConfig", () => {
  it("defaults the backend URL and reports a missing key as null", () => {
    expect(readConfig({})).toEqual({
      backendUrl: DEFAULT_BACKEND_URL,
      publishableKey: null,
      regionId: null,
    })
    expect(readConfig({ MEDUSA_PUBLISHABLE_KEY: "   " }).publishableKey).toBeNull()
  })

  it("reads and trims values, dropping trailing slashes", () => {
    expect(
      readConfig({
        MEDUSA_BACKEND_URL: " http://api.local:9000/ ",
        MEDUSA_PUBLISHABLE_KEY: " pk_123 ",
        MEDUSA_REGION_ID: "reg_1",
      })
    ).toEqual({ backendUrl: "http://api.local:9000", publishableKey: "pk_123", regionId: "reg_1" })
  })
})

describe("describeError", () => {
  it("explains an unreachable backend (undici 'fetch failed' with ECONNREFUSED cause)", () => {
    const err = new TypeError("fetch failed", {
      cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9000"), {
        code: "ECONNREFUSED",
      }),
    })
    const reason = describeError(err, URL_)
    expect(reason).toContain("недоступен")
    expect(reason).toContain(URL_)
    expect(reason).toContain("ECONNREFUSED")
  })

  it("finds codes inside AggregateError causes", () => {
    const inner = Object.assign(new Error("x"), { code: "ECONNREFUSED" })
    const err = new TypeError("fetch failed", { cause: new AggregateError([inner], "") })
    expect(describeError(err, URL_)).toContain("ECONNREFUSED")
  })

  it("explains a rejected publishable key", () => {
    const err = Object.assign(
      new Error("A valid publishable key is required to proceed with the request"),
      {
        status: 400,
        statusText: "Bad Request",
      }
    )
    const reason = describeError(err, URL_)
    expect(reason).toContain("MEDUSA_PUBLISHABLE_KEY")
    expect(reason).toContain("HTTP 400")
  })

  it("reports other HTTP errors with status and message", () => {
    const err = Object.assign(new Error("Internal"), { status: 500 })
    expect(describeError(err, URL_)).toBe("Бэкенд Medusa вернул ошибку HTTP 500: Internal")
  })

  it("reports timeouts", () => {
    expect(describeError(new TimeoutError(10_000), URL_)).toContain("не ответил за 10 с")
  })
})

describe("withTimeout", () => {
  it("resolves when the promise is fast enough", async () => {
    await expect(withTimeout(Promise.resolve(42), 1000)).resolves.toBe(42)
  })

  it("rejects with TimeoutError when it is not", async () => {
    const never = new Promise<never>(() => {})
    await expect(withTimeout(never, 10)).rejects.toBeInstanceOf(TimeoutError)
  })
})
