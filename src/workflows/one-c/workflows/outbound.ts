import { Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { ONE_C_MODULE } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"
import { backoffMs, outboundSettings } from "../../../lib/one-c-settings"
import { pushOnce } from "../utils/push-order"

/** Queues a placed order for the push to 1C (idempotent: one entry per order). */
const enqueueStep = createStep(
  "one-c-enqueue-order-push",
  async (input: { order_id: string }, { container }) => {
    const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
    const [have] = await onec.listOnecOutboxes({ order_id: input.order_id }, { take: 1 })
    if (have) return new StepResponse(have, null)
    const row = await onec.createOnecOutboxes({
      order_id: input.order_id,
      status: "pending",
      next_attempt_at: new Date(),
    } as any)
    return new StepResponse(row, row.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<OneCModuleService>(ONE_C_MODULE).deleteOnecOutboxes([id])
  }
)
export const enqueueOrderPushWorkflow = createWorkflow(
  "one-c-enqueue-order-push",
  (input: { order_id: string }) => new WorkflowResponse(enqueueStep(input))
)

/**
 * Pushes the due entries: success marks them sent; a failure schedules the next attempt with
 * exponential backoff, and after the last attempt the entry is `dead` (dead-letter list).
 */
const pushDueStep = createStep(
  "one-c-push-due-orders",
  async (input: { now: string; limit?: number }, { container }) => {
    const report = { sent: 0, retry: 0, dead: 0, busy: false }
    // One pusher at a time across instances (the job and the order subscriber may both fire): the
    // other one simply skips; whatever is due is picked up by the running one or the next minute's run.
    const locking = container.resolve(Modules.LOCKING)
    try {
      await locking.execute("one-c:push-orders", () => pushDue(container, input, report), {
        timeout: 1,
      })
    } catch (e) {
      if (!/timed? ?out|lock/i.test((e as Error).message)) throw e
      report.busy = true
    }
    return new StepResponse(report)
  }
)

type Outcome = {
  outcome: "sent" | "retry" | "dead" | "skip"
  error: string | null
  attempts: number
}

/**
 * One attempt for one outbox entry, recorded on the entry: sent, or the next attempt after backoff
 * (plus `graceMs` when a queue schedules the retry itself, so the table sweep does not race it), or
 * dead after the last allowed attempt.
 */
async function attempt(container: any, row: any, now: Date, graceMs = 0): Promise<Outcome> {
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

async function pushDue(
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
  onec.listOnecOutboxes({ status: "pending", next_attempt_at: { $lte: now } } as any, {
    take: limit,
    order: { next_attempt_at: "ASC" },
  })

/** One entry, as the BullMQ worker runs it (only a pending entry is pushed; anything else is skipped). */
const pushOneStep = createStep(
  "one-c-push-one-order",
  async (input: { outbox_id: string; now: string; grace_ms: number }, { container }) => {
    const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
    const [row] = await onec.listOnecOutboxes({ id: input.outbox_id }, { take: 1 })
    if (!row || row.status !== "pending")
      return new StepResponse<Outcome>({
        outcome: "skip",
        error: null,
        attempts: row?.attempts ?? 0,
      })
    return new StepResponse(await attempt(container, row, new Date(input.now), input.grace_ms))
  }
)
export const pushOneOrderWorkflow = createWorkflow(
  "one-c-push-one-order",
  (input: { outbox_id: string; now: string; grace_ms: number }) =>
    new WorkflowResponse(pushOneStep(input))
)
export const pushDueOrdersWorkflow = createWorkflow(
  "one-c-push-due-orders",
  (input: { now: string; limit?: number }) => new WorkflowResponse(pushDueStep(input))
)

/** A manager sends a dead entry again (attempts start over). */
const retryStep = createStep(
  "one-c-retry-order-push",
  async (input: { id: string }, { container }) => {
    const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
    const before = await onec.retrieveOnecOutbox(input.id)
    const after = await onec.updateOnecOutboxes({
      id: input.id,
      status: "pending",
      attempts: 0,
      next_attempt_at: new Date(),
    })
    return new StepResponse(after, {
      id: before.id,
      status: before.status,
      attempts: before.attempts,
      next_attempt_at: before.next_attempt_at,
    })
  },
  async (prev, { container }) => {
    if (prev)
      await container.resolve<OneCModuleService>(ONE_C_MODULE).updateOnecOutboxes(prev as any)
  }
)
export const retryOrderPushWorkflow = createWorkflow(
  "one-c-retry-order-push",
  (input: { id: string }) => new WorkflowResponse(retryStep(input))
)
