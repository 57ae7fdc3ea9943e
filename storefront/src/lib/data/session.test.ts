import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

// the data layer on the Next.js server: cookies a plain map, the page asked for in x-b2b-path, redirect a throw
const jar = new Map<string, string>()
let path = "/cart"
vi.mock("server-only", () => ({}))
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => new Headers({ "x-b2b-path": path }),
}))
class Redirect extends Error {}
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Redirect(to)
  },
}))

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })
const call = (f: ReturnType<typeof vi.fn>, n = 0) => {
  const [url, init] = f.mock.calls[n] as [URL, RequestInit & { headers: Headers }]
  return { url: String(url), method: init.method, headers: init.headers }
}
/** Where the call sent the buyer (the redirect's target), or fails when it did not redirect. */
async function redirected(p: Promise<unknown>): Promise<string> {
  try {
    await p
  } catch (e) {
    if (e instanceof Redirect) return e.message
    throw e
  }
  throw new Error("no redirect")
}
const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url")
const jwt = (payload: Record<string, unknown>) =>
  `${b64url({ alg: "HS256" })}.${b64url({ exp: Date.now() / 1000 + 3600, ...payload })}.sig`
const form = (o: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(o)) f.set(k, v)
  return f
}

beforeEach(() => {
  vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend:9000")
  vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_1")
  jar.clear()
  path = "/cart"
})
afterEach(() => vi.unstubAllGlobals())

describe("switching counterparty", () => {
  it("moves the open cart to the new counterparty (re-priced there) and keeps it", async () => {
    const { switchCounterparty } = await import("./auth")
    const f = vi.fn().mockResolvedValue(json(200, { cart: { id: "cart_1" } }))
    vi.stubGlobal("fetch", f)
    jar.set("b2b_token", "jwt")
    jar.set("b2b_counterparty", "le_1")
    jar.set("b2b_cart", "cart_1")
    const to = await redirected(
      switchCounterparty(form({ legal_entity_id: "le_2", back: "/cart" }))
    )
    expect(to).toBe("/cart")
    expect(f).toHaveBeenCalledTimes(1)
    const c = call(f)
    expect(c.url).toBe("http://backend:9000/store/b2b/carts/cart_1/counterparty")
    expect(c.method).toBe("POST")
    expect(c.headers.get("authorization")).toBe("Bearer jwt")
    expect(c.headers.get("x-b2b-counterparty")).toBe("le_2")
    expect(jar.get("b2b_counterparty")).toBe("le_2")
    expect(jar.get("b2b_cart")).toBe("cart_1")
  })

  it("lets the cart go when the backend will not move it, and calls nothing without a cart", async () => {
    const { switchCounterparty, resetCounterparty } = await import("./auth")
    const f = vi.fn().mockResolvedValue(json(404, { message: "Cart cart_1 was not found" }))
    vi.stubGlobal("fetch", f)
    jar.set("b2b_token", "jwt")
    jar.set("b2b_cart", "cart_1")
    await redirected(switchCounterparty(form({ legal_entity_id: "le_2", back: "/account" })))
    expect(jar.get("b2b_counterparty")).toBe("le_2")
    expect(jar.has("b2b_cart")).toBe(false)
    await redirected(switchCounterparty(form({ legal_entity_id: "le_1", back: "/" })))
    expect(f).toHaveBeenCalledTimes(1)
    // back to the default counterparty: the cart follows with no counterparty named
    f.mockResolvedValue(json(200, { cart: { id: "cart_2" } }))
    jar.set("b2b_cart", "cart_2")
    expect(await redirected(resetCounterparty())).toBe("/account")
    expect(call(f, 1).headers.get("x-b2b-counterparty")).toBeNull()
    expect(jar.has("b2b_counterparty")).toBe(false)
    expect(jar.get("b2b_cart")).toBe("cart_2")
  })
})

describe("a session the backend no longer accepts", () => {
  it("sends the buyer to sign in and back to the page they were on", async () => {
    const { b2bFetch } = await import("./fetch")
    vi.stubGlobal("fetch", vi.fn().mockResolvedValue(json(401, { message: "Sign in to continue" })))
    jar.set("b2b_token", jwt({ actor_id: "cus_1", actor_type: "customer" }))
    path = "/?q=cable"
    expect(await redirected(b2bFetch("/store/b2b/prices"))).toBe(
      "/login?next=%2F%3Fq%3Dcable&expired=1"
    )
    // without a token a 401 is just an answer (the anonymous catalog)
    jar.clear()
    expect(await b2bFetch("/store/b2b/prices")).toMatchObject({ ok: false, status: 401 })
  })

  it("a cookie holding no JWT is refused by the backend like an expired one: to sign in, from the cart page too", async () => {
    const { retrieveCart } = await import("./cart")
    // Medusa takes a token it cannot read for no one: the company cart is not found, the buyer API says 401
    const f = vi
      .fn()
      .mockResolvedValueOnce(json(404, { message: "Cart cart_1 was not found" }))
      .mockResolvedValueOnce(json(401, { message: "Sign in to continue" }))
    vi.stubGlobal("fetch", f)
    jar.set("b2b_token", "garbage")
    jar.set("b2b_cart", "cart_1")
    expect(await redirected(retrieveCart())).toBe("/login?next=%2Fcart&expired=1")
    expect(call(f, 0).headers.get("authorization")).toBe("Bearer garbage")
  })

  it("the cart page asks whether the session is gone when the cart is refused to the token", async () => {
    const { retrieveCart } = await import("./cart")
    const f = vi
      .fn()
      .mockResolvedValueOnce(json(404, { message: "Cart cart_1 was not found" }))
      .mockResolvedValueOnce(json(401, { message: "Sign in to continue" }))
    vi.stubGlobal("fetch", f)
    jar.set("b2b_token", jwt({ actor_id: "cus_1", actor_type: "customer" }))
    jar.set("b2b_cart", "cart_1")
    expect(await redirected(retrieveCart())).toBe("/login?next=%2Fcart&expired=1")
    expect(call(f, 1).url).toBe("http://backend:9000/store/b2b/me")
  })
})

describe("signing in again", () => {
  it("keeps the cart and counterparty of the same person, drops another person's (404 to them)", async () => {
    const { signIn } = await import("./auth")
    const token = jwt({ actor_id: "cus_1", actor_type: "customer" })
    const f = vi
      .fn()
      .mockResolvedValueOnce(json(200, { token }))
      .mockResolvedValueOnce(json(200, { totals: { gross: 100 } }))
    vi.stubGlobal("fetch", f)
    jar.set("b2b_cart", "cart_1")
    jar.set("b2b_counterparty", "le_2")
    const back = signIn(
      { error: null, email: "" },
      form({ email: "a@b.c", password: "pw", next: "/cart" })
    )
    expect(await redirected(back)).toBe("/cart")
    expect(call(f, 1).url).toBe("http://backend:9000/store/b2b/carts/cart_1/totals")
    expect(call(f, 1).headers.get("authorization")).toBe(`Bearer ${token}`)
    expect(call(f, 1).headers.get("x-b2b-counterparty")).toBe("le_2")
    expect(jar.get("b2b_token")).toBe(token)
    expect(jar.get("b2b_cart")).toBe("cart_1")
    expect(jar.get("b2b_counterparty")).toBe("le_2")

    f.mockResolvedValueOnce(json(200, { token }))
    f.mockResolvedValueOnce(json(404, { message: "Cart cart_1 was not found" }))
    await redirected(signIn({ error: null, email: "" }, form({ email: "a@b.c", password: "pw" })))
    expect(jar.has("b2b_cart")).toBe(false)
    expect(jar.has("b2b_counterparty")).toBe(false)
  })
})

describe("password reset", () => {
  it("asks Medusa's reset flow for the link (a 201 with a plain-text body) and says it was sent", async () => {
    const { requestPasswordReset } = await import("./access")
    const f = vi.fn().mockResolvedValue(new Response("Created", { status: 201 }))
    vi.stubGlobal("fetch", f)
    const r = await requestPasswordReset(
      { error: null, sent: false, errors: {} },
      form({ email: " a@b.c " })
    )
    expect(r).toEqual({ error: null, sent: true, errors: {} })
    expect(call(f).url).toBe("http://backend:9000/auth/customer/emailpass/reset-password")
    const bad = await requestPasswordReset(
      { error: null, sent: false, errors: {} },
      form({ email: "x" })
    )
    expect(bad.errors.email).toBe("Укажите e-mail")
    expect(f).toHaveBeenCalledTimes(1)
  })
})
