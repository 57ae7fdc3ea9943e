import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { repriceCartWorkflow } from "../../../../../../workflows/pricing-contract"
import { placeB2BOrderWorkflow } from "../../../../../../workflows/ordering/workflows/place-b2b-order"
import type { PlaceOrder } from "../../validators"
import { assertOwnCart, type B2BRequest, requireContext } from "../../../../../utils/b2b-context"
import { pricingContextOf } from "../../../../../utils/pricing-context"
import type { StorePlaceOrderResponse } from "../../../../../../types/ordering/http"

/**
 * POST /store/b2b/carts/:id/place: places the caller's cart, split by seller organization (always)
 * and by availability at the selected warehouse (B2B_ORDER_SPLIT / B2B_ORDER_SPLIT_MODE), with
 * pre-order lines apart when a preorder_date is given. Prices are checked strictly first, as at
 * Medusa's own completion. Answers the orders placed.
 */
export async function POST(
  req: B2BRequest<PlaceOrder>,
  res: MedusaResponse<StorePlaceOrderResponse>
) {
  const ctx = requireContext(req)
  await assertOwnCart(req, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "items.id"],
    filters: { id: req.params.id },
  })
  const cart = data[0] as { completed_at?: string | null; items?: unknown[] } | undefined
  if (cart && !cart.completed_at && cart.items?.length) {
    await repriceCartWorkflow(req.scope).run({
      input: { cart_id: req.params.id, context: pricingContextOf(req), strict: true },
    })
  }
  const { result } = await placeB2BOrderWorkflow(req.scope).run({
    input: {
      cart_id: req.params.id,
      customer_id: ctx.customer_id,
      legal_entity_id: ctx.active.legal_entity_id,
      region_code: pricingContextOf(req).region_code,
      preorder_date: req.validatedBody?.preorder_date ?? null,
    },
  })
  res.json(result)
}
