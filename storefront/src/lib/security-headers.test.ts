import { describe, expect, it } from "vitest"
// @ts-expect-error plain ESM module shared with next.config.mjs (no type declarations)
import { contentSecurityPolicy, securityHeaders } from "../../security-headers.mjs"

const get = (h: { key: string; value: string }[], k: string) => h.find((x) => x.key === k)?.value

describe("storefront security headers", () => {
  it("a CSP that keeps third-party scripts, framing, plugins and foreign form targets out", () => {
    const csp = contentSecurityPolicy()
    expect(csp).toContain("script-src 'self' 'unsafe-inline'")
    expect(csp).not.toContain("unsafe-eval")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("form-action 'self'")
    expect(csp).toContain("connect-src 'self'")
  })
  it("next dev gets eval and the HMR socket, production HSTS", () => {
    expect(contentSecurityPolicy({ dev: true })).toContain("'unsafe-eval'")
    expect(contentSecurityPolicy({ dev: true })).toContain("ws:")
    expect(get(securityHeaders({ production: true }), "Strict-Transport-Security")).toMatch(
      /max-age=\d+/
    )
    expect(get(securityHeaders({}), "Strict-Transport-Security")).toBeUndefined()
    expect(get(securityHeaders({}), "X-Frame-Options")).toBe("DENY")
    expect(get(securityHeaders({}), "X-Content-Type-Options")).toBe("nosniff")
    expect(get(securityHeaders({}), "Referrer-Policy")).toBe("strict-origin-when-cross-origin")
  })
})
