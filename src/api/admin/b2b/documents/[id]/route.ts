import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { managerScope } from "../../../../utils/admin-scope"
import { documentsService } from "../../../../utils/documents"
import type { DocumentResponse } from "../../../../../types/documents/http"
import type { JsonOf } from "../../../../../types/common/http"

/** A document of one of the manager's clients, else 404. */
export async function documentInScope(req: AuthenticatedMedusaRequest, id: string) {
  const [doc] = await documentsService(req).listDocDocuments({ id }, { take: 1 })
  const scope = await managerScope(req)
  if (!doc || !(scope.all || scope.legal_entity_ids.includes(doc.legal_entity_id)))
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Document with id ${id} was not found`)
  return doc
}

export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<DocumentResponse>>
) {
  res.json({ document: await documentInScope(req, req.params.id) })
}
