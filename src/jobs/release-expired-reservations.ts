import type { MedusaContainer } from "@medusajs/framework/types"
import { releaseExpiredReservationsWorkflow } from "../workflows/ordering/workflows/release-expired-reservations"

/** Hourly: orders past their reservation term (B2B_RESERVATION_HOURS_BY_STATUS) give their stock back. */
export default async function releaseExpiredReservations(container: MedusaContainer) {
  await releaseExpiredReservationsWorkflow(container).run({
    input: { now: new Date().toISOString() },
  })
}

export const config = { name: "b2b-release-expired-reservations", schedule: "17 * * * *" }
