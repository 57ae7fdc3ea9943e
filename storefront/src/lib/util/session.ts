/**
 * What the storefront can tell about the buyer's token without asking the backend (pure; runs in the
 * middleware's edge runtime too): whether it is a JWT at all, whether it has expired, whom it names. The
 * signature is the backend's business: a token it refuses (another secret, a withdrawn access) is caught when a
 * call answers 401.
 */

type Claims = { exp?: unknown; actor_id?: unknown; actor_type?: unknown }

function claims(token: string): Claims | null {
  const parts = token.split(".")
  if (parts.length !== 3 || !parts[1]) return null
  try {
    const b64 = parts[1].replace(/-/g, "+").replace(/_/g, "/")
    const json = atob(b64.padEnd(b64.length + ((4 - (b64.length % 4)) % 4), "="))
    const c: unknown = JSON.parse(json)
    return c && typeof c === "object" ? (c as Claims) : null
  } catch {
    return null
  }
}

/** "ok", "expired" (its `exp` has passed, with `skewSeconds` to spare) or "malformed" (not a JWT). */
export function tokenState(
  token: string,
  nowMs: number = Date.now(),
  skewSeconds = 5
): "ok" | "expired" | "malformed" {
  const c = claims(token)
  if (!c) return "malformed"
  if (typeof c.exp === "number" && c.exp * 1000 <= nowMs + skewSeconds * 1000) return "expired"
  return "ok"
}

/** The customer a token names (its actor_id), or null. */
export function tokenCustomer(token: string | null | undefined): string | null {
  const c = token ? claims(token) : null
  return c && c.actor_type === "customer" && typeof c.actor_id === "string" ? c.actor_id : null
}

/** The sign-in page that brings the buyer back to `path` (a path of this site) after an expired session. */
export const expiredLogin = (path: string) => `/login?next=${encodeURIComponent(path)}&expired=1`
