import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { outboundSettings, pushQueueMode } from "../lib/one-c-settings"
import { queuePush } from "../workflows/one-c/utils"
import { enqueueOrderPushWorkflow, pushDueOrdersWorkflow } from "../workflows/one-c"

/**
 * With ONE_C_PUSH_URL set, every placed order is recorded in the outbox and sent at once: through the
 * BullMQ queue when Redis is configured (retries with backoff by BullMQ), else directly, with retries
 * by the one-c-push-orders job.
 */
export default async function oneCOrderPush({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!outboundSettings().pushUrl) return
  const { result: entry } = await enqueueOrderPushWorkflow(container).run({
    input: { order_id: event.data.id },
  })
  if (pushQueueMode()) return queuePush(container, entry.id)
  await pushDueOrdersWorkflow(container).run({ input: { now: new Date().toISOString() } })
}

export const config: SubscriberConfig = { event: "order.placed" }
