import type { MedusaResponse } from "@medusajs/framework/http"
import { portalSettings } from "../../../../../../lib/portal-settings"
import { oneClickOrderWorkflow } from "../../../../../../workflows/ordering/workflows/one-click-order"
import { assertOwnCart, type B2BRequest, requireContext } from "../../../../../utils/b2b-context"
import { oneClickResponse } from "../../../one-click/helpers"
import { pricingContextOf } from "../../../../../utils/pricing-context"
import type { StoreOneClickResponse } from "../../../../../../types/ordering/http"
import type { JsonOf } from "../../../../../../types/common/http"

/**
 * POST /store/b2b/carts/:id/one-click: places the caller's cart in one click. What the cart lacks
 * comes from the company defaults: the default (or legal) address, the cheapest shipping option,
 * payment "on account"; then the cart is completed (credit check and order.placed as usual).
 */
export async function POST(req: B2BRequest, res: MedusaResponse<JsonOf<StoreOneClickResponse>>) {
  const ctx = requireContext(req)
  await assertOwnCart(req, req.params.id)
  const pricing = pricingContextOf(req)
  const { result } = await oneClickOrderWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      legal_entity_id: ctx.active.legal_entity_id,
      customer_id: ctx.customer_id,
      region_code: pricing.region_code,
      provider_id: portalSettings().onAccountProviderId,
      pricing_context: pricing,
    },
  })
  res.status(201).json(await oneClickResponse(req, result))
}
