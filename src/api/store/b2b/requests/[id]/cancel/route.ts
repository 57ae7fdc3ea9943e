import type { MedusaResponse } from "@medusajs/framework/http"
import { cancelOrderRequestWorkflow } from "../../../../../../workflows/after-sales/workflows/cancel-order-request"
import { visibleRequest } from "../../../../../utils/after-sales"
import { type B2BRequest, requireContext } from "../../../../../utils/b2b-context"
import type { OrderRequestResponse } from "../../../../../../types/after-sales/http"
import type { JsonOf } from "../../../../../../types/common/http"

/** POST /store/b2b/requests/:id/cancel: the author withdraws an open request. */
export async function POST(req: B2BRequest, res: MedusaResponse<JsonOf<OrderRequestResponse>>) {
  const ctx = requireContext(req)
  const request = await visibleRequest(req, req.params.id)
  const { result } = await cancelOrderRequestWorkflow(req.scope).run({
    input: { id: request.id, customer_id: ctx.customer_id },
  })
  res.json({ request: result })
}
