import type { MedusaContainer } from "@medusajs/framework/types"
import { type Job, Queue, Worker } from "bullmq"
import { backoffMs, outboundSettings } from "../../../lib/one-c-settings"
import { pushOneOrderWorkflow } from "../workflows/push-one-order"
import { processSettings } from "../../../lib/plugin-options"

/**
 * The outbound push to 1C as a BullMQ queue (used when REDIS_URL is set): one job per outbox entry
 * (job id = entry id, so an entry is never queued twice), retried with exponential backoff by BullMQ,
 * worked by every instance that has the worker running. The outbox row remains the record: attempts,
 * last error, `dead` after the last attempt (the dead-letter list the admin shows and retries from).
 */
export const PUSH_QUEUE = "b2b-one-c-order-push"
/** Extra wait before the table sweep may re-queue an entry the queue is retrying itself. */
const GRACE_MS = 5 * 60_000

type State = { queue: Queue; worker: Worker | null; url: string }
let state: State | null = null

const connection = (url: string) => {
  const u = new URL(url)
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname && u.pathname !== "/" ? Number(u.pathname.slice(1)) || 0 : 0,
    ...(u.protocol === "rediss:" ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
  }
}

function queueFor(url: string): State {
  if (state && state.url === url) return state
  state = { url, worker: null, queue: new Queue(PUSH_QUEUE, { connection: connection(url) }) }
  return state
}

/** Starts this instance's worker once (idempotent). */
export function ensurePushWorker(container: MedusaContainer) {
  const url = processSettings().redisUrl!
  const s = queueFor(url)
  if (s.worker) return s
  s.worker = new Worker(
    PUSH_QUEUE,
    async (job: Job<{ outbox_id: string }>) => {
      const { result } = await pushOneOrderWorkflow(container).run({
        input: { outbox_id: job.data.outbox_id, now: new Date().toISOString(), grace_ms: GRACE_MS },
      })
      // a failure the entry may still retry: let BullMQ schedule the next attempt with backoff
      if (result.outcome === "retry") throw new Error(result.error ?? "push failed")
      return result.outcome
    },
    {
      connection: connection(url),
      concurrency: 2,
      settings: { backoffStrategy: (attemptsMade: number) => backoffMs(attemptsMade) },
    }
  )
  s.worker.on("error", () => undefined) // connection hiccups are retried by ioredis; jobs stay in Redis
  return s
}

/** Queues an outbox entry for delivery (a no-op while the same entry is already queued). */
export async function queuePush(container: MedusaContainer, outboxId: string) {
  const s = ensurePushWorker(container)
  await s.queue.add(
    "push",
    { outbox_id: outboxId },
    {
      jobId: outboxId,
      // the entry's own attempt counter decides when it is dead; BullMQ just needs room to retry
      attempts: outboundSettings().maxAttempts + 1,
      backoff: { type: "custom" },
      removeOnComplete: true,
      removeOnFail: true,
    }
  )
}

/** Closes the queue and worker of this process (tests, shutdown). */
export async function closePushQueue() {
  const s = state
  state = null
  if (s) await Promise.allSettled([s.worker?.close(), s.queue.close()])
}
