import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

// the data layer runs on the Next.js server: its cookies are a plain map here, its fetch a stub
const jar = new Map<string, string>()
vi.mock("server-only", () => ({}))
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => new Headers(),
}))

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  })
/** The URL and headers of the n-th backend call the SDK made. */
const call = (f: ReturnType<typeof vi.fn>, n = 0) => {
  const [url, init] = f.mock.calls[n] as [URL, RequestInit & { headers: Headers }]
  return { url: String(url), headers: init.headers, body: init.body }
}

beforeEach(() => {
  vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend:9000")
  vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_1")
  jar.clear()
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe("buyer API calls through the SDK client", () => {
  it("send the key, the customer's token and the counterparty from the cookies", async () => {
    const { b2bFetch } = await import("./fetch")
    const f = vi.fn().mockResolvedValue(json(200, { orders: [], count: 0 }))
    vi.stubGlobal("fetch", f)
    jar.set("b2b_token", "jwt")
    jar.set("b2b_counterparty", "le_1")
    expect(
      await b2bFetch("/store/b2b/orders", { query: { limit: 20, status: ["a", "b"] } })
    ).toEqual({ ok: true, data: { orders: [], count: 0 } })
    const c = call(f)
    expect(c.url).toBe("http://backend:9000/store/b2b/orders?limit=20&status=a&status=b")
    expect(c.headers.get("x-publishable-api-key")).toBe("pk_1")
    expect(c.headers.get("authorization")).toBe("Bearer jwt")
    expect(c.headers.get("x-b2b-counterparty")).toBe("le_1")
    jar.clear()
    await b2bFetch("/store/b2b/catalog/products")
    expect(call(f, 1).headers.get("authorization")).toBeNull()
    expect(call(f, 1).headers.get("x-b2b-counterparty")).toBeNull()
  })

  it("return the backend's message with the status; a network failure is status 0", async () => {
    const { b2bFetch } = await import("./fetch")
    vi.stubGlobal(
      "fetch",
      vi
        .fn()
        .mockResolvedValue(json(403, { type: "not_allowed", message: "orders.view_own required" }))
    )
    expect(await b2bFetch("/store/b2b/orders")).toEqual({
      ok: false,
      status: 403,
      message: "orders.view_own required",
    })
    vi.stubGlobal("fetch", vi.fn().mockResolvedValue(json(404, {})))
    expect(await b2bFetch("/store/b2b/orders/x")).toEqual({
      ok: false,
      status: 404,
      message: "Не найдено",
    })
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("fetch failed")))
    const r = await b2bFetch("/store/b2b/me")
    expect(r.ok).toBe(false)
    expect(r.ok === false && r.status).toBe(0)
    expect(r.ok === false && r.message).toContain("Сервер портала недоступен (http://backend:9000)")
  })
})

describe("sign-in", () => {
  it("signs in with e-mail and password and refuses bad input before calling", async () => {
    const { login } = await import("./auth")
    const f = vi.fn().mockResolvedValue(json(200, { token: "t1" }))
    vi.stubGlobal("fetch", f)
    jar.set("b2b_token", "old")
    expect(await login(" buyer@x.demo ", "pw")).toEqual({ ok: true, token: "t1" })
    const c = call(f)
    expect(c.url).toBe("http://backend:9000/auth/customer/emailpass")
    expect(JSON.parse(String(c.body))).toEqual({ email: "buyer@x.demo", password: "pw" })
    expect(c.headers.get("authorization")).toBeNull()
    expect(await login("no-at-sign", "pw")).toEqual({ ok: false, message: "Укажите e-mail" })
    expect(await login("a@b.c", "")).toEqual({ ok: false, message: "Укажите пароль" })
    expect(f).toHaveBeenCalledTimes(1)
    vi.stubGlobal(
      "fetch",
      vi.fn().mockResolvedValue(json(401, { message: "Invalid email or password" }))
    )
    expect(await login("a@b.c", "bad")).toEqual({
      ok: false,
      message: "Неверный e-mail или пароль",
    })
  })

  it("passes the buyer's forwarded address on, and tells how long to wait when the backend throttles", async () => {
    const { login } = await import("./auth")
    const f = vi.fn().mockResolvedValue(json(200, { token: "t1" }))
    vi.stubGlobal("fetch", f)
    await login("a@b.c", "pw", "203.0.113.7")
    expect(call(f).headers.get("x-forwarded-for")).toBe("203.0.113.7")
    await login("a@b.c", "pw")
    expect(call(f, 1).headers.get("x-forwarded-for")).toBeNull()
    vi.stubGlobal(
      "fetch",
      vi.fn().mockResolvedValue(
        json(
          429,
          {
            type: "too_many_requests",
            message: "Too many failed sign-in attempts for this account. Try again in 14 min",
          },
          { "retry-after": "840" }
        )
      )
    )
    expect(await login("a@b.c", "pw")).toEqual({
      ok: false,
      message: "Слишком много неудачных попыток входа. Повторите через 14 мин.",
    })
  })
})
