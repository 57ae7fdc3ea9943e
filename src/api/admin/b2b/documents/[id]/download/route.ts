import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendDocumentFile } from "../../../../../utils/documents"
import { documentInScope } from "../route"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendDocumentFile(req, res, await documentInScope(req, req.params.id))
}
