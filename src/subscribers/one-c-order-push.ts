import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { outboundSettings } from "../lib/one-c/outbound"
import { enqueueOrderPushWorkflow, pushDueOrdersWorkflow } from "../workflows/one-c/workflows/outbound"

/** With ONE_C_PUSH_URL set, every placed order is queued for the push to 1C and sent at once. */
export default async function oneCOrderPush({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!outboundSettings().pushUrl) return
  await enqueueOrderPushWorkflow(container).run({ input: { order_id: event.data.id } })
  // first attempt right away; failures are retried by the one-c-push-orders job with backoff
  await pushDueOrdersWorkflow(container).run({ input: { now: new Date().toISOString() } })
}

export const config: SubscriberConfig = { event: "order.placed" }
