import type { MedusaResponse } from "@medusajs/framework/http"
import { returnOf, visibleRequest } from "../../../../utils/after-sales"
import type { B2BRequest } from "../../../../utils/b2b-context"

/** GET /store/b2b/requests/:id: one request with its conversation and the Medusa return, if any. */
export async function GET(req: B2BRequest, res: MedusaResponse) {
  const request = await visibleRequest(req, req.params.id)
  res.json({ request: { ...request, return: await returnOf(req, request.return_id) } })
}
