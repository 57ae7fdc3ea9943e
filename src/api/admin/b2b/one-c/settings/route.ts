import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { oneCSettings } from "../../../../../lib/one-c-settings"
import { pluginOptions } from "../../../../../lib/plugin-options"
import type { AdminOneCSettingsResponse } from "../../../../../types/one-c/http"

/** GET /admin/b2b/one-c/settings: the connector's effective settings (from the environment; the password is never shown). */
export async function GET(
  _req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminOneCSettingsResponse>
) {
  const { password, ...rest } = oneCSettings()
  res.json({
    settings: {
      ...rest,
      password_set: !!password,
      exchange_url: "/1c/exchange",
      api_url: "/1c/api",
      push_url: pluginOptions().oneC.pushUrl || null,
      pricing_url: pluginOptions().oneC.pricingUrl || null,
    },
  })
}
