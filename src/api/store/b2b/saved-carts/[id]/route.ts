import type { MedusaResponse } from "@medusajs/framework/http"
import { deleteSavedCartWorkflow } from "../../../../../workflows/ordering/workflows/delete-saved-cart"
import { updateSavedCartWorkflow } from "../../../../../workflows/ordering/workflows/update-saved-cart"
import type { UpdateSavedCart } from "../validators"
import type { B2BRequest } from "../../../../utils/b2b-context"
import { editableSavedCart, visibleSavedCart } from "../helpers"
import type {
  StoreSavedCartDeleteResponse,
  StoreSavedCartResponse,
} from "../../../../../types/ordering/http"
import type { JsonOf } from "../../../../../types/common/http"

export async function GET(req: B2BRequest, res: MedusaResponse<JsonOf<StoreSavedCartResponse>>) {
  res.json({ saved_cart: await visibleSavedCart(req, req.params.id) })
}

/** POST /store/b2b/saved-carts/:id { name?, is_shared?, note? }: rename or share. */
export async function POST(
  req: B2BRequest<UpdateSavedCart>,
  res: MedusaResponse<JsonOf<StoreSavedCartResponse>>
) {
  await editableSavedCart(req, req.params.id)
  const { result } = await updateSavedCartWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({ saved_cart: result })
}

export async function DELETE(req: B2BRequest, res: MedusaResponse<StoreSavedCartDeleteResponse>) {
  await editableSavedCart(req, req.params.id)
  await deleteSavedCartWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "saved_cart", deleted: true })
}
