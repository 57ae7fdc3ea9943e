import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { linkOrderToCounterpartyWorkflow } from "../workflows/company/workflows/link-order-to-counterparty"

/**
 * A placed order belongs to the counterparty its cart was assembled for (the cart's link was made from
 * the acting counterparty, by the cart-created hook or placeB2BOrderWorkflow). The link's event carries
 * the counterparty on to the invoice (subscribers/documents.ts).
 */
export default async function orderPlacedCounterparty({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await linkOrderToCounterpartyWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
