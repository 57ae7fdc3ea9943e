import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { DOCUMENTS_MODULE } from "../../modules/documents"
import type DocumentsModuleService from "../../modules/documents/service"
import type { PdfFile } from "../../types/documents/http"

export const documentsService = (req: { scope: { resolve: <T>(k: string) => T } }) =>
  req.scope.resolve<DocumentsModuleService>(DOCUMENTS_MODULE)

/** Streams a document's PDF (404 while it has none: pending or failed). */
export async function sendDocumentFile(
  req: { scope: any },
  res: MedusaResponse<PdfFile>,
  doc: { id: string; file_id: string | null; filename: string | null; status: string }
) {
  if (!doc.file_id || doc.status !== "ready")
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Document ${doc.id} has no file yet (status ${doc.status})`
    )
  const buf = await req.scope.resolve(Modules.FILE).getAsBuffer(doc.file_id)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="${encodeURIComponent(doc.filename ?? `${doc.id}.pdf`)}"`
  )
  res.send(buf)
}
