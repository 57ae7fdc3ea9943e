import type { MedusaResponse } from "@medusajs/framework/http"
import { type B2BRequest, notFound, requireContext } from "../../../../utils/b2b-context"
import { documentsService } from "../../../../utils/documents"
import { DOCUMENT_FIELDS } from "../../../../../modules/documents"
import type { StoreDocumentResponse } from "../../../../../types/documents/http"
import type { JsonOf } from "../../../../../types/common/http"

/** A document of the active counterparty, else 404 (another company's id reveals nothing). */
export async function ownDocument(req: B2BRequest, id: string) {
  const ctx = requireContext(req)
  const [doc] = await documentsService(req).listDocDocuments(
    { id, legal_entity_id: ctx.active.legal_entity_id },
    { take: 1 }
  )
  if (!doc) throw notFound("Document", id)
  return doc
}

export async function GET(req: B2BRequest, res: MedusaResponse<JsonOf<StoreDocumentResponse>>) {
  const doc = await ownDocument(req, req.params.id)
  // the document's own fields (not file_id etc.): the shared row shape checks them
  const document = Object.fromEntries(DOCUMENT_FIELDS.map((f) => [f, doc[f]])) as Pick<
    typeof doc,
    (typeof DOCUMENT_FIELDS)[number]
  >
  res.json({ document })
}
