import type { MedusaResponse } from "@medusajs/framework/http"
import { portalSettings } from "../../../../lib/portal-settings"
import { guestOrderWorkflow } from "../../../../workflows/ordering/workflows/guest-order"
import type { GuestOrder } from "./validators"
import { clientIp } from "../../../utils/actor"
import type { B2BRequest } from "../../../utils/b2b-context"
import { oneClickResponse } from "../one-click/helpers"
import type { StoreOneClickResponse } from "../../../../types/ordering/http"
import type { JsonOf } from "../../../../types/common/http"

/**
 * POST /store/b2b/guest-orders (no login, publishable key): a visitor's one-click order with a phone
 * and e-mail, at catalog prices, when B2B_GUEST_ONE_CLICK is on (403 otherwise; 429 beyond the hourly
 * limit). A manager later attaches it to a counterparty (/admin/b2b/guest-orders/:id/attach).
 */
export async function POST(
  req: B2BRequest<GuestOrder>,
  res: MedusaResponse<JsonOf<StoreOneClickResponse>>
) {
  const b = req.validatedBody
  const { result } = await guestOrderWorkflow(req.scope).run({
    input: {
      items: b.items,
      contact: {
        phone: b.phone,
        email: b.email,
        name: b.name,
        company_name: b.company_name,
        inn: b.inn,
        comment: b.comment,
        ip: clientIp(req),
      },
      consent: {
        text_version: portalSettings().consentTextVersion,
        ip: clientIp(req),
        user_agent:
          typeof req.headers["user-agent"] === "string" ? req.headers["user-agent"] : null,
      },
      sales_channel_id: req.publishable_key_context?.sales_channel_ids?.[0] ?? null,
      provider_id: portalSettings().onAccountProviderId,
    },
  })
  res.status(201).json(await oneClickResponse(req, result))
}
