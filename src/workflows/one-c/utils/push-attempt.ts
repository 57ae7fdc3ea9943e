import { ONE_C_MODULE } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"
import { backoffMs, outboundSettings } from "../../../lib/one-c-settings"
import { pushOnce } from "./push-order"

export type Outcome = {
  outcome: "sent" | "retry" | "dead" | "skip"
  error: string | null
  attempts: number
}

/**
 * One attempt for one outbox entry, recorded on the entry: sent, or the next attempt after backoff
 * (plus `graceMs` when a queue schedules the retry itself, so the table sweep does not race it), or
 * dead after the last allowed attempt.
 */
export async function attempt(container: any, row: any, now: Date, graceMs = 0): Promise<Outcome> {
  const onec = container.resolve(ONE_C_MODULE) as OneCModuleService
  const r = await pushOnce(container, row.order_id)
  const attempts = row.attempts + 1
  if (r.ok) {
    await onec.updateOnecOutboxes({
      id: row.id,
      status: "sent",
      attempts,
      sent_at: now,
      response_status: r.status,
      last_error: null,
    })
    return { outcome: "sent", error: null, attempts }
  }
  if (attempts >= outboundSettings().maxAttempts) {
    await onec.updateOnecOutboxes({
      id: row.id,
      status: "dead",
      attempts,
      response_status: r.status,
      last_error: r.error,
    })
    return { outcome: "dead", error: r.error, attempts }
  }
  await onec.updateOnecOutboxes({
    id: row.id,
    attempts,
    next_attempt_at: new Date(now.getTime() + backoffMs(attempts) + graceMs),
    response_status: r.status,
    last_error: r.error,
  })
  return { outcome: "retry", error: r.error, attempts }
}

export async function pushDue(
  container: any,
  input: { now: string; limit?: number },
  report: { sent: number; retry: number; dead: number }
) {
  const onec = container.resolve(ONE_C_MODULE) as OneCModuleService
  const now = new Date(input.now)
  for (const row of await dueEntries(onec, now, input.limit)) {
    const r = await attempt(container, row, now)
    if (r.outcome !== "skip") report[r.outcome]++
  }
}

/** Pending entries whose next attempt is due (oldest first). */
export const dueEntries = (onec: OneCModuleService, now: Date, limit = 100) =>
  onec.listOnecOutboxes(
    { status: "pending", next_attempt_at: { $lte: now } },
    {
      take: limit,
      order: { next_attempt_at: "ASC" },
    }
  )
