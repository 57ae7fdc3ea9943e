import type { MedusaResponse } from "@medusajs/framework/http"
import type { B2BRequest } from "../../../../../utils/b2b-context"
import { sendDocumentFile } from "../../../../../utils/documents"
import { ownDocument } from "../route"
import type { PdfFile } from "../../../../../../types/documents/http"

/** GET /store/b2b/documents/:id/download (documents.view): the PDF. */
export async function GET(req: B2BRequest, res: MedusaResponse<PdfFile>) {
  await sendDocumentFile(req, res, await ownDocument(req, req.params.id))
}
