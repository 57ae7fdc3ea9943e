import type { MedusaResponse } from "@medusajs/framework/http"
import { repriceCartWorkflow } from "../../../../../../workflows/pricing-contract"
import { assertOwnCart, type B2BRequest, requireContext } from "../../../../../utils/b2b-context"
import { cartResponse } from "../../../../../../workflows/pricing-contract/utils/cart-views"
import { pricingContextOf } from "../../../../../utils/pricing-context"
import type { StoreCartResponse } from "../../../../../../types/ordering/http"

/** POST /store/b2b/carts/:id/reprice: bring every line to today's contract prices. */
export async function POST(req: B2BRequest, res: MedusaResponse<StoreCartResponse>) {
  requireContext(req)
  await assertOwnCart(req, req.params.id)
  await repriceCartWorkflow(req.scope).run({
    input: { cart_id: req.params.id, context: pricingContextOf(req) },
  })
  res.json({ cart: await cartResponse(req.scope, req.params.id) })
}
