import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendDocumentFile } from "../../../../../utils/documents"
import { documentInScope } from "../route"
import type { PdfFile } from "../../../../../../types/documents/http"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<PdfFile>) {
  await sendDocumentFile(req, res, await documentInScope(req, req.params.id))
}
