/**
 * Security headers of every storefront answer (next.config.mjs headers()). Pure, unit-tested in
 * src/lib/security-headers.test.ts.
 *
 * The Content-Security-Policy is what this App Router app actually needs: Next streams the React payload in
 * inline <script> tags (self.__next_f.push) and the pages are not nonce-rendered, so scripts are 'self' plus
 * 'unsafe-inline' (no third-party script can load); the browser talks to nothing but this origin (the Medusa
 * SDK runs on the server; forms are server actions), so connect-src and form-action are 'self'; product
 * pictures may come from the backend's /static or from any image host 1C names, so img-src allows http(s)
 * images only. Nothing may frame the storefront. `next dev` additionally needs eval (React Refresh) and its
 * HMR websocket.
 */
export function contentSecurityPolicy({ dev = false } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https: http:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ")
}

/** @returns {{ key: string, value: string }[]} */
export function securityHeaders({ dev = false, production = false } = {}) {
  const h = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ dev }) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    // the backend (another origin) and other sites see the storefront's origin at most, never a path or query
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  ]
  // browsers ignore HSTS over plain HTTP (the local demo), so production may always send it
  if (production) h.push({ key: "Strict-Transport-Security", value: "max-age=15552000" })
  return h
}
