import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { portalSettings } from "../../../../lib/portal-settings"
import { buyNowWorkflow } from "../../../../workflows/ordering/workflows/buy-now"
import type { BuyNow } from "./validators"
import { type B2BRequest, requireContext } from "../../../utils/b2b-context"
import { oneClickResponse } from "./helpers"
import { pricingContextOf } from "../../../utils/pricing-context"
import type { StoreOneClickResponse } from "../../../../types/ordering/http"
import type { JsonOf } from "../../../../types/common/http"

/**
 * POST /store/b2b/one-click { variant_id, quantity, region_id? }: buys one product now in a cart of
 * its own for the acting counterparty, placed with the company defaults; the current cart is untouched.
 */
export async function POST(
  req: B2BRequest<BuyNow>,
  res: MedusaResponse<JsonOf<StoreOneClickResponse>>
) {
  const ctx = requireContext(req)
  const body = req.validatedBody
  const { data: customers } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "customer", fields: ["id", "email"], filters: { id: ctx.customer_id } })
  const pricing = pricingContextOf(req)
  const { result } = await buyNowWorkflow(req.scope).run({
    input: {
      variant_id: body.variant_id,
      quantity: body.quantity,
      region_id: body.region_id ?? null,
      sales_channel_id: req.publishable_key_context?.sales_channel_ids?.[0] ?? null,
      email: (customers[0] as { email?: string } | undefined)?.email ?? null,
      legal_entity_id: ctx.active.legal_entity_id,
      customer_id: ctx.customer_id,
      region_code: pricing.region_code,
      provider_id: portalSettings().onAccountProviderId,
      pricing_context: pricing,
    },
  })
  res.status(201).json(await oneClickResponse(req, result))
}
