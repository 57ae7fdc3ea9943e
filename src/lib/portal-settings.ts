/** Settings read from the environment at call time (kept tiny and pure for tests). */
export const portalSettings = () => ({
  storefrontUrl: (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/$/, ""),
  invitationTtlDays: Number(process.env.B2B_INVITATION_TTL_DAYS || 7),
  managerNotificationEmail: process.env.B2B_MANAGER_EMAIL || process.env.ADMIN_EMAIL || "manager@b2b-portal.local",
  impersonationTtlMinutes: Number(process.env.B2B_IMPERSONATION_TTL_MINUTES || 60),
  consentTextVersion: process.env.B2B_CONSENT_VERSION || "2026-01",
})
