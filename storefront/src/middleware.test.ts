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
    expect(config.matcher).toEqual(["/account", "/account/:path*", "/cart"])
  })
})
