import type { B2BRequest } from "./b2b-context"
import { environment } from "../../lib/plugin-options"

/** Who performs a write, for audit records: the customer, and the manager behind them if impersonating. */
export const customerActor = (req: B2BRequest) => ({
  actor_type: "customer" as const,
  actor_id: req.auth_context?.actor_id ?? null,
  impersonator_user_id: req.auth_context?.impersonator_user_id ?? null,
})

export const userActor = (req: { auth_context: { actor_id: string } }) => ({
  actor_type: "user" as const,
  actor_id: req.auth_context.actor_id,
})

/**
 * The client's address for rate limits and audit records. X-Forwarded-For is believed only as far as
 * B2B_TRUST_PROXY_HOPS says proxies of ours stand in front (default 0: the socket's peer): each trusted
 * proxy appends the address it was reached from, so with N of them the N-th entry from the right is the
 * client; entries further left are whatever the client sent and are never used. (Express's `req.ip` is
 * not used: Medusa sets "trust proxy" to 1, which believes one hop even when no proxy is there.)
 */
export function clientIp(
  req: { headers: Record<string, unknown>; socket?: { remoteAddress?: string | null } | null },
  hops = trustedProxyHops()
): string | null {
  const peer = req.socket?.remoteAddress ?? null
  const clean = (a: string | null) => (a ? a.replace(/^::ffff:/, "") : null)
  if (hops <= 0) return clean(peer)
  const raw = req.headers["x-forwarded-for"]
  const chain = (Array.isArray(raw) ? raw.join(",") : typeof raw === "string" ? raw : "")
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean)
  // the address the outermost trusted proxy was reached from; a shorter chain means fewer proxies than configured
  return clean(chain.length >= hops ? chain[chain.length - hops] : (chain[0] ?? peer))
}

export function trustedProxyHops(env: Record<string, string | undefined> = environment()): number {
  const raw = env.B2B_TRUST_PROXY_HOPS ?? "0"
  if (!/^\d{1,2}$/.test(raw.trim()))
    throw new Error(
      `B2B_TRUST_PROXY_HOPS must be the number of proxies in front of the server (0, 1, 2…), got "${raw}"`
    )
  return Number(raw.trim())
}
