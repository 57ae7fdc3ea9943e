import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pushQueueMode } from "../../../../../../../lib/one-c-settings"
import { queuePush } from "../../../../../../../workflows/one-c/utils"
import { retryOrderPushWorkflow } from "../../../../../../../workflows/one-c"
import type { AdminOneCOutboxRetryResponse } from "../../../../../../../types/one-c/http"
import type { JsonOf } from "../../../../../../../types/common/http"

/** POST /admin/b2b/one-c/outbox/:id/retry: sends a dead (or pending) entry again from the first attempt. */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminOneCOutboxRetryResponse>>
) {
  const { result } = await retryOrderPushWorkflow(req.scope).run({ input: { id: req.params.id } })
  if (pushQueueMode()) await queuePush(req.scope, result.id)
  res.json({ outbox: result })
}
