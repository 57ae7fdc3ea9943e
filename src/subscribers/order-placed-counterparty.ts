import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { linkOrderToCounterpartyWorkflow } from "../workflows/company/workflows/link-order-to-counterparty"

/** A placed order belongs to the counterparty its cart was assembled for. */
export default async function orderPlacedCounterparty({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await linkOrderToCounterpartyWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
