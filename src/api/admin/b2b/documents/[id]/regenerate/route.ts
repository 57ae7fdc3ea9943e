import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { regenerateDocumentWorkflow } from "../../../../../../workflows/documents/workflows/regenerate-document"
import { documentInScope } from "../route"
import type { DocumentResponse } from "../../../../../../types/documents/http"
import type { JsonOf } from "../../../../../../types/common/http"

/** POST /admin/b2b/documents/:id/regenerate: renders a generated document again (e.g. after a failure). */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<DocumentResponse>>
) {
  const doc = await documentInScope(req, req.params.id)
  const { result } = await regenerateDocumentWorkflow(req.scope).run({
    input: { id: doc.id, type: doc.type, actor_id: req.auth_context.actor_id },
  })
  res.status(202).json({ document: result })
}
