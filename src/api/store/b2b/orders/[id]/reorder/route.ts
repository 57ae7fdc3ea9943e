import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { fillCartWorkflow } from "../../../../../../workflows/ordering/workflows/fill-cart"
import type { CartTarget } from "../../../saved-carts/validators"
import {
  assertOwnCart,
  type B2BRequest,
  canSeeOrder,
  notFound,
  orderOwnership,
} from "../../../../../utils/b2b-context"
import { cartResponse } from "../../../../../../workflows/pricing-contract/utils/cart-views"
import { pricingContextOf } from "../../../../../utils/pricing-context"
import type { StoreReorderResponse } from "../../../../../../types/ordering/http"

/**
 * POST /store/b2b/orders/:id/reorder { cart_id }: repeats an order of the counterparty: its lines go
 * into the cart at today's prices and availability, and what cannot be added is reported.
 */
export async function POST(req: B2BRequest<CartTarget>, res: MedusaResponse<StoreReorderResponse>) {
  const own = await orderOwnership(req, req.params.id)
  const me = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  if (!own || !own.legal_entity_id || !canSeeOrder(req.b2b, me, own))
    throw notFound("Order", req.params.id)
  await assertOwnCart(req, req.validatedBody.cart_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // an order line's quantity lives in its detail row; Query returns it only with items.*
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "items.*"],
    filters: { id: req.params.id },
  })
  const items = (
    (data[0]?.items ?? []) as {
      variant_id: string | null
      variant_sku: string | null
      quantity: number
    }[]
  ).filter((i) => i.variant_sku || i.variant_id)
  const rows = items.map((i, n) => ({
    row: n + 1,
    sku: i.variant_sku ?? i.variant_id!,
    // a BigNumber quantity arrives as { numeric } from the query graph, a plain number otherwise
    quantity: Number((i.quantity as { numeric?: number } | null)?.numeric ?? i.quantity),
    unit: null,
    raw: `${i.variant_sku}`,
  }))
  const result = (
    await fillCartWorkflow(req.scope).run({
      input: { cart_id: req.validatedBody.cart_id, context: pricingContextOf(req), rows },
    })
  ).result
  res.json({ ...result, cart: await cartResponse(req.scope, req.validatedBody.cart_id) })
}
