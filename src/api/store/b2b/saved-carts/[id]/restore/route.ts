import type { MedusaResponse } from "@medusajs/framework/http"
import { fillCartWorkflow } from "../../../../../../workflows/ordering/workflows/fill-cart"
import type { CartTarget } from "../../validators"
import { assertOwnCart, type B2BRequest } from "../../../../../utils/b2b-context"
import { cartResponse } from "../../../../../../workflows/pricing-contract/utils/cart-views"
import { pricingContextOf } from "../../../../../utils/pricing-context"
import { visibleSavedCart } from "../../helpers"
import type { StoreSavedCartRestoreResponse } from "../../../../../../types/ordering/http"

/**
 * POST /store/b2b/saved-carts/:id/restore { cart_id }: puts the list back into a cart at today's
 * prices and availability; every line is reported (added, unknown, invalid quantity, unavailable).
 */
export async function POST(
  req: B2BRequest<CartTarget>,
  res: MedusaResponse<StoreSavedCartRestoreResponse>
) {
  const saved = await visibleSavedCart(req, req.params.id)
  await assertOwnCart(req, req.validatedBody.cart_id)
  const items =
    (saved.items as unknown as {
      sku: string | null
      variant_id: string
      quantity: number
      title: string
    }[]) ?? []
  const rows = items.map((i, n) => ({
    row: n + 1,
    sku: i.sku ?? i.variant_id,
    quantity: i.quantity,
    unit: null,
    raw: `${i.sku} ${i.quantity}`,
  }))
  const result = (
    await fillCartWorkflow(req.scope).run({
      input: { cart_id: req.validatedBody.cart_id, context: pricingContextOf(req), rows },
    })
  ).result
  res.json({ ...result, cart: await cartResponse(req.scope, req.validatedBody.cart_id) })
}
