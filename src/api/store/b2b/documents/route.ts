import type { MedusaResponse } from "@medusajs/framework/http"
import type { StoreDocumentsQuery } from "./validators"
import { type B2BRequest, requireContext } from "../../../utils/b2b-context"
import { documentsService } from "../../../utils/documents"
import { DOCUMENT_FIELDS } from "../../../../modules/documents"
import type { JsonOf } from "../../../../types/common/http"
import type { StoreDocumentListResponse } from "../../../../types/documents/http"

/** GET /store/b2b/documents (documents.view): the active counterparty's documents, filtered by type, period, order. */
export async function GET(
  req: B2BRequest<unknown, StoreDocumentsQuery>,
  res: MedusaResponse<JsonOf<StoreDocumentListResponse>>
) {
  const ctx = requireContext(req)
  const q = req.validatedQuery
  const filters: Record<string, unknown> = { legal_entity_id: ctx.active.legal_entity_id }
  if (q.type) filters.type = q.type
  if (q.order_id) filters.order_id = q.order_id
  if (q.from || q.to)
    filters.date = {
      ...(q.from ? { $gte: new Date(q.from) } : {}),
      ...(q.to ? { $lt: new Date(q.to) } : {}),
    }
  const [rows, count] = await documentsService(req).listAndCountDocDocuments(filters, {
    take: q.limit,
    skip: q.offset,
    order: { date: "DESC" },
    select: [...DOCUMENT_FIELDS],
  })
  res.json({ documents: rows, count, limit: q.limit, offset: q.offset })
}
