import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { setCartCheckoutDetailsWorkflow } from "../../../../../../workflows/ordering/workflows/set-cart-checkout-details"
import type { CheckoutDetails } from "../../validators"
import { assertOwnCart, type B2BRequest, requireContext } from "../../../../../utils/b2b-context"
import { pricingContextOf } from "../../../../../utils/pricing-context"
import type { StoreCheckoutResponse } from "../../../../../../types/ordering/http"
import type { JsonOf } from "../../../../../../types/common/http"

/**
 * POST /store/b2b/carts/:id/checkout: B2B checkout details of the caller's cart (delivery or pickup,
 * address from the book, consignee, requested date and time window, comment, PO number). They are
 * kept in cart.metadata.b2b_checkout and travel into the order's metadata at completion.
 */
export async function POST(
  req: B2BRequest<CheckoutDetails>,
  res: MedusaResponse<JsonOf<StoreCheckoutResponse>>
) {
  const ctx = requireContext(req)
  await assertOwnCart(req, req.params.id)
  const { result } = await setCartCheckoutDetailsWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      legal_entity_id: ctx.active.legal_entity_id,
      customer_id: ctx.customer_id,
      region_code: pricingContextOf(req).region_code,
      details: req.validatedBody,
    },
  })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "metadata", "shipping_address.*"],
    filters: { id: req.params.id },
  })
  res.json({ checkout: result, cart: data[0] })
}
