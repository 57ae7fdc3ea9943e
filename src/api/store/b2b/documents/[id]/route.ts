import type { MedusaResponse } from "@medusajs/framework/http"
import { type B2BRequest, notFound, requireContext } from "../../../../utils/b2b-context"
import { documentsService } from "../../../../utils/documents"
import { DOCUMENT_FIELDS } from "../../../../../modules/documents"

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

export async function GET(req: B2BRequest, res: MedusaResponse) {
  const doc = await ownDocument(req, req.params.id)
  res.json({ document: Object.fromEntries(DOCUMENT_FIELDS.map((f) => [f, doc[f]])) })
}
