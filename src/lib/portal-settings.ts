/** Settings read from the environment at call time (kept tiny and pure for tests). */
export const portalSettings = () => ({
  storefrontUrl: (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/$/, ""),
  invitationTtlDays: Number(process.env.B2B_INVITATION_TTL_DAYS || 7),
  managerNotificationEmail:
    process.env.B2B_MANAGER_EMAIL || process.env.ADMIN_EMAIL || "manager@b2b-portal.local",
  impersonationTtlMinutes: Number(process.env.B2B_IMPERSONATION_TTL_MINUTES || 60),
  consentTextVersion: process.env.B2B_CONSENT_VERSION || "2026-01",
  /** Stock reservations of placed orders: on by default; "false" releases them as soon as the order is placed. */
  reservationEnabled: (process.env.B2B_RESERVATION_ENABLED ?? "true") !== "false",
  /** Hours an order's reservation is held, per order status (statuses not listed keep it until fulfilment). */
  reservationHoursByStatus: parseHours(process.env.B2B_RESERVATION_HOURS_BY_STATUS, {
    pending: 72,
  }),
  /** Regional assortment: a buyer with a region sees only products stocked in (or deliverable to) it. Off by default. */
  regionalAssortment: (process.env.B2B_REGIONAL_ASSORTMENT ?? "false") === "true",
  // one-click orders (issue 5)
  /** Payment provider of "on account" (invoice) payment: the default of every B2B checkout and one-click order. */
  onAccountProviderId: process.env.B2B_ON_ACCOUNT_PROVIDER || "pp_system_default",
  /** Visitors who are not logged in may place a one-click order with a phone and e-mail (off by default). */
  guestOneClick: (process.env.B2B_GUEST_ONE_CLICK ?? "false") === "true",
  /** Guest one-click orders accepted per phone and per IP address in an hour. */
  guestOrdersPerHour: Math.max(1, Number(process.env.B2B_GUEST_ORDERS_PER_HOUR || 5) || 5),
  // order split (POST /store/b2b/carts/:id/place): seller organizations are always separate orders;
  // "availability" also splits what the selected warehouse has from what is to be delivered,
  // as separate shipments of one order ("shipments") or as separate orders ("orders")
  orderSplit: (process.env.B2B_ORDER_SPLIT === "none" ? "none" : "availability") as
    "availability" | "none",
  orderSplitMode: (process.env.B2B_ORDER_SPLIT_MODE === "orders" ? "orders" : "shipments") as
    "shipments" | "orders",
})

function parseHours(
  raw: string | undefined,
  fallback: Record<string, number>
): Record<string, number> {
  if (!raw) return fallback
  try {
    const v = JSON.parse(raw) as Record<string, unknown>
    const out: Record<string, number> = {}
    for (const [k, h] of Object.entries(v)) if (typeof h === "number" && h >= 0) out[k] = h
    return out
  } catch {
    throw new Error(
      `B2B_RESERVATION_HOURS_BY_STATUS: expected JSON such as {"pending":72}, got ${raw}`
    )
  }
}
