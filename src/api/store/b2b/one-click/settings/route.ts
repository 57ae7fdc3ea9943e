import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { portalSettings } from "../../../../../lib/portal-settings"
import type { StoreOneClickSettingsResponse } from "../../../../../types/ordering/http"

/**
 * GET /store/b2b/one-click/settings (public): what the storefront's checkout offers by default —
 * the "on account" payment provider, and whether guests may order in one click.
 */
export async function GET(_req: MedusaRequest, res: MedusaResponse<StoreOneClickSettingsResponse>) {
  const s = portalSettings()
  res.json({
    payment_provider_id: s.onAccountProviderId,
    guest_one_click: s.guestOneClick,
    guest_orders_per_hour: s.guestOrdersPerHour,
  })
}
