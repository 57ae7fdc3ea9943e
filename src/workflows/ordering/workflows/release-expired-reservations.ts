import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { portalSettings } from "../../../lib/portal-settings"
import { releaseReservationsStep } from "../steps/release-reservations"
import { OrderingEvents } from "../../../modules/ordering"

/**
 * Releases the stock held by orders whose reservation term has passed (hourly job), or by given
 * orders (reservation disabled by setting); tells the buyer and the manager.
 */
export const releaseExpiredReservationsWorkflow = createWorkflow(
  "ordering-release-expired-reservations",
  (input: { now: string; order_ids?: string[]; notify?: boolean }) => {
    const released = releaseReservationsStep(input)
    const notifications = transform({ released, input }, ({ released, input }) =>
      input.notify === false
        ? []
        : released.flatMap((r) => {
            const data = {
              order_id: r.order_id,
              display_id: r.display_id,
              items: r.reservations.length,
            }
            const to = [portalSettings().managerNotificationEmail, ...(r.email ? [r.email] : [])]
            return to.map((email) => ({
              to: email,
              channel: "email",
              template: "b2b-reservation-expired",
              data,
            }))
          })
    )
    sendNotificationsStep(notifications)
    emitEventStep({
      eventName: OrderingEvents.RESERVATION_RELEASED,
      data: transform({ released }, ({ released }) => released.map((r) => ({ id: r.order_id }))),
    })
    return new WorkflowResponse(released)
  }
)
