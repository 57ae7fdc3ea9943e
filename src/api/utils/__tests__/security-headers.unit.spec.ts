import type { Logger } from "@medusajs/framework/types"
import { headerOptions, securityHeadersFor } from "../security-headers"
import { maskTokenInUrl } from "../log-masking"
import {
  maskSecrets,
  MaskedLocalNotificationService,
} from "../../../providers/notification-local-masked/service"

describe("security headers", () => {
  const dev = headerOptions({})
  const prod = headerOptions({ NODE_ENV: "production" })
  it("API answers: no sniffing, no framing, no referrer, a deny-all CSP on data", () => {
    expect(
      securityHeadersFor("/store/products?limit=1", "application/json; charset=utf-8", dev)
    ).toEqual({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "no-referrer",
      "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    })
  })
  it("the admin dashboard: same-origin framing, origin-only referrers (tokens in its URLs), no script policy", () => {
    const h = securityHeadersFor("/app/orders", "text/html", dev)
    expect(h["X-Frame-Options"]).toBe("SAMEORIGIN")
    expect(h["Content-Security-Policy"]).toBe("frame-ancestors 'self'")
    expect(h["Referrer-Policy"]).toBe("strict-origin")
    expect(securityHeadersFor("/apple", "text/html", dev)["X-Frame-Options"]).toBe("DENY")
  })
  it("uploaded files keep no CSP (images, PDFs) but are never sniffed", () => {
    const h = securityHeadersFor("/static/123-act.pdf", "application/pdf", dev)
    expect(h["Content-Security-Policy"]).toBeUndefined()
    expect(h["X-Content-Type-Options"]).toBe("nosniff")
  })
  it("HSTS only in production, configurable, 0 turns it off", () => {
    expect(
      securityHeadersFor("/store/x", "application/json", dev)["Strict-Transport-Security"]
    ).toBeUndefined()
    expect(securityHeadersFor("/app", "text/html", prod)["Strict-Transport-Security"]).toBe(
      "max-age=15552000"
    )
    expect(
      securityHeadersFor(
        "/store/x",
        "application/json",
        headerOptions({ NODE_ENV: "production", B2B_HSTS_MAX_AGE: "0" })
      )["Strict-Transport-Security"]
    ).toBeUndefined()
    expect(() => headerOptions({ B2B_HSTS_MAX_AGE: "-1" })).toThrow(/B2B_HSTS_MAX_AGE/)
  })
})

describe("secrets kept out of logs", () => {
  it("masks token query parameters in URLs", () => {
    expect(maskTokenInUrl("/store/b2b/invitations/lookup?token=abcDEF_123-x&x=1")).toBe(
      "/store/b2b/invitations/lookup?token=***&x=1"
    )
    expect(maskTokenInUrl("/store/products?q=token")).toBe("/store/products?q=token")
  })
  it("masks links' tokens and secret-named fields in notification data", () => {
    expect(
      maskSecrets({
        link: "http://shop/invite?token=SECRET123&a=1",
        nested: [{ password: "p", reset_token: "t", name: "Ann" }],
        token: "abc",
        n: 1,
      })
    ).toEqual({
      link: "http://shop/invite?token=***&a=1",
      nested: [{ password: "***", reset_token: "***", name: "Ann" }],
      token: "***",
      n: 1,
    })
  })
  it("the local notification provider logs the masked line", async () => {
    const lines: string[] = []
    const svc = new MaskedLocalNotificationService({
      logger: { info: (m: string) => lines.push(m) } as unknown as Logger,
    })
    await svc.send({
      to: "a@b.c",
      channel: "email",
      template: "b2b-invitation",
      data: { link: "http://x/invite?token=S3CRET" },
    } as Parameters<typeof svc.send>[0])
    expect(lines[0]).toContain("a@b.c")
    expect(lines[0]).not.toContain("S3CRET")
  })
})
