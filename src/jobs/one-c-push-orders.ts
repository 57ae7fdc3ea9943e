import type { MedusaContainer } from "@medusajs/framework/types"
import { ONE_C_MODULE } from "../modules/one-c"
import type OneCModuleService from "../modules/one-c/service"
import { outboundSettings, pushQueueMode } from "../lib/one-c-settings"
import { dueEntries, queuePush } from "../workflows/one-c/utils"
import { pushDueOrdersWorkflow } from "../workflows/one-c"

/**
 * Every minute (only when ONE_C_PUSH_URL is set): without Redis, pushes the due outbox entries;
 * with the BullMQ queue, (re)queues due entries the queue does not hold (after a Redis loss, a
 * manager's retry, or entries recorded while the queue was down) — queuing is idempotent per entry.
 */
export default async function oneCPushOrders(container: MedusaContainer) {
  if (!outboundSettings().pushUrl) return
  if (!pushQueueMode()) {
    await pushDueOrdersWorkflow(container).run({ input: { now: new Date().toISOString() } })
    return
  }
  for (const row of await dueEntries(
    container.resolve<OneCModuleService>(ONE_C_MODULE),
    new Date(),
    500
  ))
    await queuePush(container, row.id)
}

export const config = { name: "one-c-push-orders", schedule: "* * * * *" }
