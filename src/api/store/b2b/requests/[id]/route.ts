import type { MedusaResponse } from "@medusajs/framework/http"
import { visibleRequest } from "../../../../utils/after-sales"
import { returnOf } from "../../../../../workflows/after-sales/utils/request-views"
import type { B2BRequest } from "../../../../utils/b2b-context"
import type { OrderRequestResponse } from "../../../../../types/after-sales/http"
import type { JsonOf } from "../../../../../types/common/http"

/** GET /store/b2b/requests/:id: one request with its conversation and the Medusa return, if any. */
export async function GET(req: B2BRequest, res: MedusaResponse<JsonOf<OrderRequestResponse>>) {
  const request = await visibleRequest(req, req.params.id)
  res.json({ request: { ...request, return: await returnOf(req.scope, request.return_id) } })
}
