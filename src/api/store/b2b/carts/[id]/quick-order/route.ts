import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { fillCartWorkflow } from "../../../../../../workflows/ordering/workflows/fill-cart"
import {
  parseQuickOrderFile,
  parseQuickOrderText,
  QUICK_ORDER_MAX_ROWS,
} from "../../../../../../workflows/ordering/utils/quick-order"
import { assertOwnCart, type B2BRequest, requireContext } from "../../../../../utils/b2b-context"
import { cartResponse } from "../../../../../../workflows/pricing-contract/utils/cart-views"
import { pricingContextOf } from "../../../../../utils/pricing-context"
import type { StoreQuickOrderResponse } from "../../../../../../types/ordering/http"

/**
 * POST /store/b2b/carts/:id/quick-order — `{ text }` (pasted "SKU qty [unit]" lines or SKUs) or a
 * multipart `file` (.xlsx/.csv from the template, ≤ 5,000 rows). Every row is reported as added,
 * unknown_sku, invalid_quantity or unavailable; all valid rows go into the cart in one workflow.
 */
export async function POST(req: B2BRequest, res: MedusaResponse<StoreQuickOrderResponse>) {
  requireContext(req)
  await assertOwnCart(req, req.params.id)
  const file = (req as unknown as { file?: { originalname: string; buffer: Buffer } }).file
  const text =
    typeof (req.body as { text?: unknown } | undefined)?.text === "string"
      ? (req.body as { text: string }).text
      : null
  if (!file && !text?.trim())
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "text: paste article numbers and quantities, or upload a file"
    )
  const rows = file
    ? await parseQuickOrderFile(file.originalname, file.buffer)
    : parseQuickOrderText(text!)
  if (rows.length > QUICK_ORDER_MAX_ROWS)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `text: more than ${QUICK_ORDER_MAX_ROWS} rows`
    )

  const { rows: results, summary } = (
    await fillCartWorkflow(req.scope).run({
      input: { cart_id: req.params.id, context: pricingContextOf(req), rows },
    })
  ).result
  res.json({ rows: results, summary, cart: await cartResponse(req.scope, req.params.id) })
}
