import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"
import { DOCUMENTS_MODULE } from "../../modules/documents"
import type DocumentsModuleService from "../../modules/documents/service"

export const documentsService = (req: { scope: { resolve: <T>(k: string) => T } }) =>
  req.scope.resolve<DocumentsModuleService>(DOCUMENTS_MODULE)

export const DOCUMENT_FIELDS = [
  "id",
  "type",
  "number",
  "date",
  "legal_entity_id",
  "order_id",
  "shipment_id",
  "source",
  "status",
  "error",
  "attempts",
  "filename",
  "period_from",
  "period_to",
  "total",
  "currency_code",
  "original_requested",
  "original_requested_at",
  "sent_at",
  "created_at",
] as const

/** Streams a document's PDF (404 while it has none: pending or failed). */
export async function sendDocumentFile(
  req: { scope: any },
  res: MedusaResponse,
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

/** E-mails of the managers assigned to a counterparty (or its holding). */
export async function managerEmails(req: { scope: any }, legalEntityId: string): Promise<string[]> {
  const company = req.scope.resolve(COMPANY_MODULE) as CompanyModuleService
  const rows = await company.listB2bManagerAssignments(
    { legal_entity_id: legalEntityId },
    {
      take: 20,
    }
  )
  const ids = [...new Set(rows.map((r: any) => r.user_id).filter(Boolean))]
  if (!ids.length) return []
  const users = await req.scope.resolve(Modules.USER).listUsers({ id: ids })
  return users.map((u: any) => u.email).filter(Boolean)
}
