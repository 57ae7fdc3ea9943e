/** Settings read from the environment at call time (kept tiny and pure for tests). */
export const portalSettings = () => ({
  storefrontUrl: (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/$/, ""),
  invitationTtlDays: Number(process.env.B2B_INVITATION_TTL_DAYS || 7),
  managerNotificationEmail: process.env.B2B_MANAGER_EMAIL || process.env.ADMIN_EMAIL || "manager@b2b-portal.local",
  impersonationTtlMinutes: Number(process.env.B2B_IMPERSONATION_TTL_MINUTES || 60),
  consentTextVersion: process.env.B2B_CONSENT_VERSION || "2026-01",
  /** Stock reservations of placed orders: on by default; "false" releases them as soon as the order is placed. */
  reservationEnabled: (process.env.B2B_RESERVATION_ENABLED ?? "true") !== "false",
  /** Hours an order's reservation is held, per order status (statuses not listed keep it until fulfilment). */
  reservationHoursByStatus: parseHours(process.env.B2B_RESERVATION_HOURS_BY_STATUS, { pending: 72 }),
})

function parseHours(raw: string | undefined, fallback: Record<string, number>): Record<string, number> {
  if (!raw) return fallback
  try {
    const v = JSON.parse(raw) as Record<string, unknown>
    const out: Record<string, number> = {}
    for (const [k, h] of Object.entries(v)) if (typeof h === "number" && h >= 0) out[k] = h
    return out
  } catch {
    throw new Error(`B2B_RESERVATION_HOURS_BY_STATUS: expected JSON such as {"pending":72}, got ${raw}`)
  }
}
