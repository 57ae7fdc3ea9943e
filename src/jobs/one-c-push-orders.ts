import type { MedusaContainer } from "@medusajs/framework/types"
import { outboundSettings } from "../lib/one-c/outbound"
import { pushDueOrdersWorkflow } from "../workflows/one-c/workflows/outbound"

/** Every minute: pushes due orders to 1C's HTTP service (only when ONE_C_PUSH_URL is set). */
export default async function oneCPushOrders(container: MedusaContainer) {
  if (!outboundSettings().pushUrl) return
  await pushDueOrdersWorkflow(container).run({ input: { now: new Date().toISOString() } })
}

export const config = { name: "one-c-push-orders", schedule: "* * * * *" }
