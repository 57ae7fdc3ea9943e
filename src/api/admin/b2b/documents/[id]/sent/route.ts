import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markDocumentSentWorkflow } from "../../../../../../workflows/documents/workflows/mark-document-sent"
import { documentInScope } from "../route"
import type { DocumentResponse } from "../../../../../../types/documents/http"
import type { JsonOf } from "../../../../../../types/common/http"

/** POST /admin/b2b/documents/:id/sent: the requested act (or originals) went out. */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<DocumentResponse>>
) {
  await documentInScope(req, req.params.id)
  const { result } = await markDocumentSentWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ document: result })
}
