import type { MedusaResponse } from "@medusajs/framework/http"
import { addOrderRequestMessageWorkflow } from "../../../../../../workflows/after-sales/workflows/add-order-request-message"
import type { RequestMessage } from "../../validators"
import { visibleRequest } from "../../../../../utils/after-sales"
import { type B2BRequest, requireContext } from "../../../../../utils/b2b-context"
import { managerEmails } from "../../../../../../workflows/documents/utils/manager-emails"
import type { StoreRequestMessageResponse } from "../../../../../../types/after-sales/http"
import type { JsonOf } from "../../../../../../types/common/http"

/** POST /store/b2b/requests/:id/messages { text }: the buyer writes in the request's conversation. */
export async function POST(
  req: B2BRequest<RequestMessage>,
  res: MedusaResponse<JsonOf<StoreRequestMessageResponse>>
) {
  const ctx = requireContext(req)
  const request = await visibleRequest(req, req.params.id)
  const { result } = await addOrderRequestMessageWorkflow(req.scope).run({
    input: {
      request_id: request.id,
      author_type: "buyer",
      author_id: ctx.customer_id,
      text: req.validatedBody.text,
      manager_emails: await managerEmails(req.scope, ctx.active.legal_entity_id),
    },
  })
  res.status(201).json({ message: result })
}
