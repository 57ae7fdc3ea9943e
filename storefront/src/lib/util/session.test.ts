import { describe, expect, it } from "vitest"

import { expiredLogin, tokenCustomer, tokenState } from "./session"

const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url")
const jwt = (payload: unknown) => `${b64url({ alg: "HS256", typ: "JWT" })}.${b64url(payload)}.sig`
const NOW = Date.UTC(2026, 11, 8, 12, 0, 0)

describe("the buyer's token as the storefront sees it", () => {
  it("tells a live token from an expired one and from garbage", () => {
    const exp = NOW / 1000 + 3600
    expect(tokenState(jwt({ actor_id: "cus_1", exp }), NOW)).toBe("ok")
    expect(tokenState(jwt({ actor_id: "cus_1", exp: NOW / 1000 - 1 }), NOW)).toBe("expired")
    // within the skew of its end it counts as expired: the call it is sent with would be refused
    expect(tokenState(jwt({ actor_id: "cus_1", exp: NOW / 1000 + 2 }), NOW)).toBe("expired")
    expect(tokenState(jwt({ actor_id: "cus_1" }), NOW)).toBe("ok") // no exp: the backend decides
    expect(tokenState("garbage", NOW)).toBe("malformed")
    expect(tokenState("a.b.c", NOW)).toBe("malformed")
    expect(tokenState(`x.${Buffer.from("[1").toString("base64url")}.y`, NOW)).toBe("malformed")
  })

  it("names the customer of a customer token only", () => {
    expect(tokenCustomer(jwt({ actor_id: "cus_1", actor_type: "customer" }))).toBe("cus_1")
    expect(tokenCustomer(jwt({ actor_id: "user_1", actor_type: "user" }))).toBeNull()
    expect(tokenCustomer("garbage")).toBeNull()
    expect(tokenCustomer(null)).toBeNull()
  })

  it("sends to the sign-in page with the way back", () => {
    expect(expiredLogin("/cart?vat=without")).toBe("/login?next=%2Fcart%3Fvat%3Dwithout&expired=1")
  })
})
