import type { MedusaResponse } from "@medusajs/framework/http"
import { requestOriginalWorkflow } from "../../../../../../workflows/documents/workflows/request-original"
import { type B2BRequest, requireContext } from "../../../../../utils/b2b-context"
import { managerEmails } from "../../../../../../workflows/documents/utils/manager-emails"
import { ownDocument } from "../route"
import type { StoreOriginalRequestedResponse } from "../../../../../../types/documents/http"
import type { JsonOf } from "../../../../../../types/common/http"

/** POST /store/b2b/documents/:id/original (documents.request): asks for the paper original. */
export async function POST(
  req: B2BRequest,
  res: MedusaResponse<JsonOf<StoreOriginalRequestedResponse>>
) {
  const ctx = requireContext(req)
  const doc = await ownDocument(req, req.params.id)
  const { result } = await requestOriginalWorkflow(req.scope).run({
    input: {
      document_id: doc.id,
      customer_id: ctx.customer_id,
      legal_entity_id: ctx.active.legal_entity_id,
      manager_emails: await managerEmails(req.scope, ctx.active.legal_entity_id),
    },
  })
  res.json({
    document: {
      id: result.id,
      original_requested: result.original_requested,
      original_requested_at: result.original_requested_at,
    },
  })
}
