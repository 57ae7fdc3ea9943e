import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { attachOrderCreditWorkflow } from "../workflows/credit/workflows/attach-order-credit"
import { releaseOrderCreditWorkflow } from "../workflows/credit/workflows/release-order-credit"

/** Placed orders take over their cart's credit; cancelled orders give it back. */
export default async function orderCredit({ event, container }: SubscriberArgs<{ id: string }>) {
  if (event.name === "order.canceled")
    await releaseOrderCreditWorkflow(container).run({ input: { order_id: event.data.id } })
  else await attachOrderCreditWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: ["order.placed", "order.canceled"] }
