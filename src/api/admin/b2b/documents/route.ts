import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadDocumentWorkflow } from "../../../../workflows/documents/workflows/upload-document"
import { UploadDocumentFields } from "./validators"
import { assertLegalEntityInScope, managerScope } from "../../../utils/admin-scope"
import { documentsService } from "../../../utils/documents"
import { DOCUMENT_FIELDS } from "../../../../modules/documents"
import { parseOrThrow } from "../../../utils/zod-error"
import type { DocumentList, DocumentResponse } from "../../../../types/documents/http"
import type { JsonOf } from "../../../../types/common/http"

/** GET /admin/b2b/documents (?legal_entity_id, type, status, order_id): documents of the manager's clients. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<DocumentList>>
) {
  const scope = await managerScope(req)
  const q = req.query as Record<string, string | undefined>
  const filters: Record<string, unknown> = {}
  for (const k of ["legal_entity_id", "type", "status", "order_id"]) if (q[k]) filters[k] = q[k]
  if (!scope.all)
    filters.legal_entity_id =
      q.legal_entity_id && scope.legal_entity_ids.includes(q.legal_entity_id)
        ? q.legal_entity_id
        : scope.legal_entity_ids
  const limit = Math.min(Number(q.limit ?? 50) || 50, 200)
  const offset = Number(q.offset ?? 0) || 0
  const [rows, count] = await documentsService(req).listAndCountDocDocuments(filters, {
    take: limit,
    skip: offset,
    order: { created_at: "DESC" },
    select: [...DOCUMENT_FIELDS],
  })
  res.json({ documents: rows, count, limit, offset })
}

/** POST /admin/b2b/documents (multipart: file + type, legal_entity_id, number, date, order_id?, shipment_id?): upload a document. */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<DocumentResponse>>
) {
  const file = (
    req as unknown as { file?: { originalname: string; mimetype: string; buffer: Buffer } }
  ).file
  if (!file)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "file: attach the document (PDF)")
  const fields = parseOrThrow(UploadDocumentFields, req.body)
  await assertLegalEntityInScope(req, fields.legal_entity_id)
  const { result } = await uploadDocumentWorkflow(req.scope).run({
    input: {
      fields,
      filename: file.originalname,
      mime: file.mimetype || "application/pdf",
      content_base64: file.buffer.toString("base64"),
      source: "manager",
    },
  })
  res.status(201).json({ document: result })
}
