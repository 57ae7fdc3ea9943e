import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { defaultStatus, loadStates, loadStatuses } from "../modules/ordering"
import { setOrderStatusWorkflow } from "../workflows/ordering/workflows/set-order-status"

/** A placed order starts in the status configured as the default for new orders. */
export default async function orderPlacedB2bStatus({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const initial = defaultStatus(await loadStatuses(container))
  if (!initial || (await loadStates(container, [event.data.id])).has(event.data.id)) return
  await setOrderStatusWorkflow(container).run({
    input: {
      order_id: event.data.id,
      code: initial.code,
      source: "portal",
      changed_by: null,
      comment: null,
    },
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
