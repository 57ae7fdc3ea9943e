import { NextRequest } from "next/server"
import { describe, expect, it } from "vitest"

import { PATH_HEADER, config, middleware } from "./middleware"

describe("session middleware of account and cart pages", () => {
  it("sends a visitor without a session to the login page, which brings them back", () => {
    const r = middleware(new NextRequest("http://shop.local/account/orders?offset=20"))
    expect(r.status).toBe(307)
    const to = new URL(r.headers.get("location")!)
    expect(to.pathname).toBe("/login")
    expect(to.searchParams.get("next")).toBe("/account/orders?offset=20")
  })

  it("lets a signed-in buyer through and tells the page which path was asked for", () => {
    const req = new NextRequest("http://shop.local/account/documents?type=upd", {
      headers: { cookie: "b2b_token=jwt" },
    })
    const r = middleware(req)
    expect(r.headers.get("location")).toBeNull()
    expect(r.headers.get(`x-middleware-request-${PATH_HEADER}`)).toBe("/account/documents?type=upd")
  })

  it("guards the account, its sub-pages and the cart", () => {
    // the middleware now runs on every page (an expired token is dropped on the catalog too): the guard is
    // what it does there, not the matcher's list
    for (const path of ["/account", "/account/orders/o_1", "/cart"]) {
      expect(runs(path), path).toBe(true)
      const r = middleware(new NextRequest(`http://shop.local${path}`))
      expect(new URL(r.headers.get("location")!).pathname, path).toBe("/login")
    }
    for (const path of ["/", "/products/x", "/login", "/invite", "/register"]) {
      expect(runs(path), path).toBe(true)
      expect(
        middleware(new NextRequest(`http://shop.local${path}`)).headers.get("location")
      ).toBeNull()
    }
    for (const path of ["/_next/static/chunks/a.js", "/health", "/favicon.ico"])
      expect(runs(path), path).toBe(false)
  })
})

const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url")
const jwt = (payload: unknown) => `${b64url({ alg: "HS256" })}.${b64url(payload)}.sig`
/** Whether Next runs the middleware for a path (its matcher is one regular expression source). */
const runs = (path: string) => config.matcher.some((m) => new RegExp(`^${m}$`).test(path))
const cookieReq = (url: string, token: string) =>
  new NextRequest(url, { headers: { cookie: `b2b_token=${token}; b2b_cart=cart_1` } })

describe("an expired token anywhere", () => {
  it("is dropped and the buyer sent to sign in and back, from the catalog and the cart alike", () => {
    const expired = jwt({ actor_id: "cus_1", actor_type: "customer", exp: Date.now() / 1000 - 60 })
    for (const [url, back] of [
      ["http://shop.local/?q=cable", "/?q=cable"],
      ["http://shop.local/cart", "/cart"],
    ] as const) {
      for (const token of [expired]) {
        const r = middleware(cookieReq(url, token))
        expect(r.status).toBe(307)
        const to = new URL(r.headers.get("location")!)
        expect(to.pathname).toBe("/login")
        expect(to.searchParams.get("next")).toBe(back)
        expect(to.searchParams.get("expired")).toBe("1")
        expect(r.headers.get("set-cookie")).toMatch(/b2b_token=;/)
        // the cart stays for the way back
        expect(r.headers.get("set-cookie")).not.toMatch(/b2b_cart/)
      }
    }
  })

  it("lets a live token through everywhere (one that is no JWT is left to the data layer)", () => {
    const live = jwt({ actor_id: "cus_1", actor_type: "customer", exp: Date.now() / 1000 + 3600 })
    const r = middleware(cookieReq("http://shop.local/products/x", live))
    expect(r.headers.get("location")).toBeNull()
    expect(r.headers.get("set-cookie")).toBeNull()
    expect(r.headers.get(`x-middleware-request-${PATH_HEADER}`)).toBe("/products/x")
    expect(
      middleware(cookieReq("http://shop.local/", "garbage")).headers.get("location")
    ).toBeNull()
  })

  it("on /login?expired=1 (a token the backend refused) drops it for the page and the browser", () => {
    const live = jwt({ actor_id: "cus_1", actor_type: "customer", exp: Date.now() / 1000 + 3600 })
    const r = middleware(cookieReq("http://shop.local/login?next=%2Fcart&expired=1", live))
    expect(r.headers.get("location")).toBeNull()
    expect(r.headers.get("set-cookie")).toMatch(/b2b_token=;/)
    expect(r.headers.get("x-middleware-request-cookie")).toBe("b2b_cart=cart_1")
    const plain = middleware(cookieReq("http://shop.local/login", live))
    expect(plain.headers.get("set-cookie")).toBeNull()
  })
})
