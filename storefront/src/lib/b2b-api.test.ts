import { describe, expect, it, vi } from "vitest"

import { apiGet, apiHeaders, apiUrl, errorMessage, login } from "./b2b-api"

const target = {
  backendUrl: "http://backend:9000",
  publishableKey: "pk_1",
  token: "jwt",
  counterparty: "le_1",
}
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

describe("buyer API client", () => {
  it("builds URLs with repeated keys and without empty values", () => {
    expect(
      apiUrl("http://b:9000/", "/store/b2b/orders", {
        limit: 20,
        status: ["a", "b"],
        number: "",
        x: undefined,
      })
    ).toBe("http://b:9000/store/b2b/orders?limit=20&status=a&status=b")
  })

  it("sends the key, the customer's token and the counterparty", () => {
    expect(apiHeaders(target)).toEqual({
      accept: "application/json",
      "x-publishable-api-key": "pk_1",
      authorization: "Bearer jwt",
      "x-b2b-counterparty": "le_1",
    })
    expect(apiHeaders({ backendUrl: "x", publishableKey: null })).toEqual({
      accept: "application/json",
    })
  })

  it("returns data, or the backend's message with the status; a network failure is status 0", async () => {
    const ok = vi.fn().mockResolvedValue(json(200, { orders: [], count: 0 }))
    expect(await apiGet(target, "/store/b2b/orders", {}, ok)).toEqual({
      ok: true,
      data: { orders: [], count: 0 },
    })
    const denied = vi
      .fn()
      .mockResolvedValue(json(403, { type: "not_allowed", message: "orders.view_own required" }))
    expect(await apiGet(target, "/store/b2b/orders", {}, denied)).toEqual({
      ok: false,
      status: 403,
      message: "orders.view_own required",
    })
    const down = vi.fn().mockRejectedValue(new TypeError("fetch failed"))
    const r = await apiGet(target, "/store/b2b/me", {}, down)
    expect(r.ok).toBe(false)
    expect(r.ok === false && r.status).toBe(0)
    expect(errorMessage(404, null)).toBe("Не найдено")
  })

  it("signs in with e-mail and password and refuses bad input before calling", async () => {
    const f = vi.fn().mockResolvedValue(json(200, { token: "t1" }))
    expect(await login(target, " buyer@x.demo ", "pw", f)).toEqual({ ok: true, token: "t1" })
    const init = f.mock.calls[0]![1] as RequestInit & { headers: Record<string, string> }
    expect(JSON.parse(String(init.body))).toEqual({ email: "buyer@x.demo", password: "pw" })
    expect(init.headers.authorization).toBeUndefined()
    expect(await login(target, "no-at-sign", "pw", f)).toEqual({
      ok: false,
      message: "Укажите e-mail",
    })
    expect(await login(target, "a@b.c", "", f)).toEqual({ ok: false, message: "Укажите пароль" })
    expect(f).toHaveBeenCalledTimes(1)
    const wrong = vi.fn().mockResolvedValue(json(401, { message: "Invalid email or password" }))
    expect(await login(target, "a@b.c", "bad", wrong)).toEqual({
      ok: false,
      message: "Неверный e-mail или пароль",
    })
  })

  it("passes the buyer's forwarded address on, and tells how long to wait when the backend throttles", async () => {
    const f = vi.fn().mockResolvedValue(json(200, { token: "t1" }))
    await login(target, "a@b.c", "pw", f, "203.0.113.7")
    expect(
      (f.mock.calls[0]![1] as { headers: Record<string, string> }).headers["x-forwarded-for"]
    ).toBe("203.0.113.7")
    await login(target, "a@b.c", "pw", f)
    expect(
      (f.mock.calls[1]![1] as { headers: Record<string, string> }).headers["x-forwarded-for"]
    ).toBeUndefined()
    const busy = vi.fn().mockResolvedValue(
      new Response(JSON.stringify({ type: "too_many_requests" }), {
        status: 429,
        headers: { "content-type": "application/json", "retry-after": "840" },
      })
    )
    expect(await login(target, "a@b.c", "pw", busy)).toEqual({
      ok: false,
      message: "Слишком много неудачных попыток входа. Повторите через 14 мин.",
    })
  })
})
