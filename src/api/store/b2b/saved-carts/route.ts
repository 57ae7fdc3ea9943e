import type { SavedCartRow } from "../../../../modules/ordering/models/saved-cart"
import type { MedusaResponse } from "@medusajs/framework/http"
import { saveCartWorkflow } from "../../../../workflows/ordering/workflows/save-cart"
import type { SaveCart } from "./validators"
import { assertOwnCart, type B2BRequest, requireContext } from "../../../utils/b2b-context"
import { orderingService } from "./helpers"
import type {
  StoreSavedCartListResponse,
  StoreSavedCartResponse,
} from "../../../../types/ordering/http"
import type { JsonOf } from "../../../../types/common/http"

/** GET /store/b2b/saved-carts?kind=cart|template: the caller's lists and those shared in the counterparty. */
export async function GET(
  req: B2BRequest,
  res: MedusaResponse<JsonOf<StoreSavedCartListResponse>>
) {
  const ctx = requireContext(req)
  const kind =
    req.query.kind === "template" || req.query.kind === "cart" ? { kind: req.query.kind } : {}
  const rows = await orderingService(req).listOrdSavedCarts(
    {
      legal_entity_id: ctx.active.legal_entity_id,
      $or: [{ customer_id: ctx.customer_id }, { is_shared: true }],
      ...kind,
    },
    { take: 200, order: { updated_at: "DESC" } }
  )
  // the json column typed as the workflow writes it
  res.json({ saved_carts: rows as unknown as SavedCartRow[] })
}

/** POST /store/b2b/saved-carts { cart_id, name, kind?, is_shared? }: saves the cart's lines. */
export async function POST(
  req: B2BRequest<SaveCart>,
  res: MedusaResponse<JsonOf<StoreSavedCartResponse>>
) {
  const ctx = requireContext(req)
  const body = req.validatedBody
  await assertOwnCart(req, body.cart_id)
  const { result } = await saveCartWorkflow(req.scope).run({
    input: { ...body, legal_entity_id: ctx.active.legal_entity_id, customer_id: ctx.customer_id },
  })
  res.status(201).json({ saved_cart: result })
}
