import type { MedusaResponse } from "@medusajs/framework/http"
import { repriceCartWorkflow } from "../../../../../../workflows/pricing-contract"
import {
  type B2BRequest,
  cartOwnership,
  notFound,
  requireContext,
} from "../../../../../utils/b2b-context"
import { cartResponse } from "../../../../../../workflows/pricing-contract/utils/cart-views"
import { pricingContextOf } from "../../../../../utils/pricing-context"
import { moveCartToCounterpartyWorkflow } from "../../../../../../workflows/company/workflows/move-cart-to-counterparty"
import type { StoreCartResponse } from "../../../../../../types/ordering/http"

/**
 * POST /store/b2b/carts/:id/counterparty: after switching the acting counterparty, the person's
 * cart moves with them and is re-priced with the new company's contract.
 */
export async function POST(req: B2BRequest, res: MedusaResponse<StoreCartResponse>) {
  const ctx = requireContext(req)
  const own = await cartOwnership(req, req.params.id)
  const mine = own && own.customer_id === ctx.customer_id
  const memberOfOld =
    !own?.legal_entity_id || ctx.memberships.some((m) => m.legal_entity_id === own.legal_entity_id)
  if (!own || !mine || !memberOfOld) throw notFound("Cart", req.params.id)
  if (own.legal_entity_id !== ctx.active.legal_entity_id) {
    await moveCartToCounterpartyWorkflow(req.scope).run({
      input: {
        cart_id: req.params.id,
        from_legal_entity_id: own.legal_entity_id,
        to_legal_entity_id: ctx.active.legal_entity_id,
      },
    })
  }
  await repriceCartWorkflow(req.scope).run({
    input: { cart_id: req.params.id, context: pricingContextOf(req) },
  })
  res.json({ cart: await cartResponse(req.scope, req.params.id) })
}
