import { ServerResponse } from "node:http"
import { environment } from "../../lib/plugin-options"

/**
 * Security headers on every backend answer: the API (JSON), the auth and 1C endpoints, 404s, and the admin
 * dashboard at /app.
 *
 * Why not an ordinary middleware: Medusa mounts the admin dashboard (`app.use("/app", …)` in
 * @medusajs/medusa/dist/loaders/admin.js) alongside the API loader that registers our middlewares, and the
 * dashboard's static handler answers without calling next(); a middleware of ours never runs for /app. The
 * headers are therefore added when the response writes its head (`ServerResponse.prototype.writeHead`, which
 * Express and `res.write`/`res.end` always go through), once per process, and only where the handler has not
 * set the header itself.
 */
export type HeaderOptions = { production: boolean; hstsMaxAge: number; adminPath: string }

export function headerOptions(
  env: Record<string, string | undefined> = environment()
): HeaderOptions {
  const raw = env.B2B_HSTS_MAX_AGE
  const hstsMaxAge = raw === undefined || raw.trim() === "" ? 15_552_000 : Number(raw)
  if (!Number.isInteger(hstsMaxAge) || hstsMaxAge < 0)
    throw new Error(`B2B_HSTS_MAX_AGE must be seconds (0 turns HSTS off), got "${raw}"`)
  return { production: env.NODE_ENV === "production", hstsMaxAge, adminPath: "/app" }
}

/** The headers for one answer (pure: unit-tested). */
export function securityHeadersFor(
  url: string,
  contentType: string | undefined,
  o: HeaderOptions
): Record<string, string> {
  const path = url.split("?")[0]
  const admin = path === o.adminPath || path.startsWith(`${o.adminPath}/`)
  const h: Record<string, string> = { "X-Content-Type-Options": "nosniff" }
  if (admin) {
    // the dashboard is a same-origin SPA (scripts and styles from /app/assets, API calls to /admin and /auth):
    // no framing by other sites; no script CSP (its bundle is Medusa's). Referrers carry the origin only: the
    // dashboard's reset-password and invite pages hold their token in the URL (/app/reset-password?token=…),
    // and Medusa's production request log records each request's referrer
    h["X-Frame-Options"] = "SAMEORIGIN"
    h["Content-Security-Policy"] = "frame-ancestors 'self'"
    h["Referrer-Policy"] = "strict-origin"
  } else {
    h["X-Frame-Options"] = "DENY"
    h["Referrer-Policy"] = "no-referrer"
    // an API answer is data, never a page: nothing may load or frame it. /static (uploaded files, documents)
    // is left without a CSP so browsers keep showing images and PDFs; nosniff still applies there
    if (!path.startsWith("/static/") && /json|text\/plain|xml/i.test(contentType ?? "")) {
      h["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'none'"
    }
  }
  if (o.production && o.hstsMaxAge > 0) h["Strict-Transport-Security"] = `max-age=${o.hstsMaxAge}`
  return h
}

const INSTALLED = Symbol.for("b2b-portal.security-headers")

export function installSecurityHeaders(options: HeaderOptions = headerOptions()) {
  // patching Node's prototype (writeHead) and a symbol flag on it: no typed way to do that
  const proto = ServerResponse.prototype as any
  if (proto[INSTALLED]) return
  const writeHead = proto.writeHead
  proto.writeHead = function (
    this: ServerResponse & { req?: { url?: string; originalUrl?: string } },
    ...args: any[]
  ) {
    try {
      if (!this.headersSent) {
        const url = this.req?.originalUrl ?? this.req?.url ?? "/"
        const ct = this.getHeader("content-type")
        for (const [k, v] of Object.entries(
          securityHeadersFor(url, typeof ct === "string" ? ct : undefined, options)
        )) {
          if (!this.hasHeader(k)) this.setHeader(k, v)
        }
        this.removeHeader("X-Powered-By")
      }
    } catch {
      // a header problem must never fail the answer itself
    }
    return writeHead.apply(this, args)
  }
  proto[INSTALLED] = true
}
