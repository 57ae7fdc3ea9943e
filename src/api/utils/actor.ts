import type { B2BRequest } from "./b2b-context"

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

export const clientIp = (req: { ip?: string; headers: Record<string, unknown> }) =>
  (typeof req.headers["x-forwarded-for"] === "string" ? (req.headers["x-forwarded-for"] as string).split(",")[0].trim() : null) ||
  req.ip ||
  null
