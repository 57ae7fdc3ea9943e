import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { portalSettings } from "../lib/portal-settings"
import { releaseExpiredReservationsWorkflow } from "../workflows/ordering/workflows/release-expired-reservations"

/** With reservations disabled (B2B_RESERVATION_ENABLED=false) a placed order holds no stock. */
export default async function orderPlacedReservation({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  if (portalSettings().reservationEnabled) return
  await releaseExpiredReservationsWorkflow(container).run({
    input: { now: new Date().toISOString(), order_ids: [event.data.id], notify: false },
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
