import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { prepareBuyNowStep } from "../steps/prepare-buy-now"
import { OneClickInput, placeInOneClick } from "../utils/one-click"

export type BuyNowInput = Omit<OneClickInput, "cart_id"> & {
  variant_id: string
  quantity: number
  region_id: string | null
  sales_channel_id: string | null
  email: string | null
}

/**
 * POST /store/b2b/one-click: buys one product now in a new cart of the acting counterparty (the
 * cartCreated hook links it), leaving the current cart untouched, through the same one-click path.
 */
export const buyNowWorkflow = createWorkflow("ordering-buy-now", (input: BuyNowInput) => {
  const prepared = prepareBuyNowStep(
    transform({ input }, ({ input }) => ({
      items: [{ variant_id: input.variant_id, quantity: input.quantity }],
      region_id: input.region_id,
      sales_channel_id: input.sales_channel_id,
      single: true,
    }))
  )
  const cart = createCartWorkflow.runAsStep({
    input: transform({ input, prepared }, ({ input, prepared }) => ({
      region_id: prepared.region_id,
      sales_channel_id: prepared.sales_channel_id ?? undefined,
      customer_id: input.customer_id ?? undefined,
      email: input.email ?? undefined,
      items: prepared.items,
      metadata: { b2b_one_click: true },
      additional_data: { b2b_legal_entity_id: input.legal_entity_id },
    })),
  })
  const placed = placeInOneClick(
    transform({ input, cart }, ({ input, cart }) => ({
      cart_id: (cart as { id: string }).id,
      legal_entity_id: input.legal_entity_id,
      customer_id: input.customer_id,
      region_code: input.region_code,
      provider_id: input.provider_id,
      pricing_context: input.pricing_context,
    }))
  )
  return new WorkflowResponse(placed)
})
