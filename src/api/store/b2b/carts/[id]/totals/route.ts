import type { MedusaResponse } from "@medusajs/framework/http"
import { assertOwnCart, type B2BRequest } from "../../../../../utils/b2b-context"
import { cartMoney } from "../../../../../../workflows/pricing-contract/utils/cart-views"
import type { StoreCartTotalsResponse } from "../../../../../../types/ordering/http"

/**
 * GET /store/b2b/carts/:id/totals: the cart's net, VAT and gross per line and in total, computed by the
 * portal's one money rule (lib/money) — the figures the order, invoice, credit and 1C will carry.
 */
export async function GET(req: B2BRequest, res: MedusaResponse<StoreCartTotalsResponse>) {
  await assertOwnCart(req, req.params.id)
  res.json({ totals: await cartMoney(req.scope, req.params.id) })
}
