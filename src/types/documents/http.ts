/**
 * HTTP shapes of the documents API (/admin/b2b/documents, /admin/b2b/document-templates,
 * /store/b2b/documents). Type-only: imported by the routes, the admin extension and the storefront.
 */

/** the module's DOCUMENT_TYPES */
export type DocumentType =
  "invoice" | "upd" | "waybill" | "reconciliation_act" | "agreement" | "price_list" | "other"

/** document kinds rendered from a template */
export type TemplateType = "invoice" | "upd" | "reconciliation_act" | "price_list"

export type DocumentRow = {
  id: string
  type: DocumentType
  number: string
  date: string
  legal_entity_id: string
  order_id: string | null
  shipment_id: string | null
  source: "portal" | "one_c" | "manager"
  status: "pending" | "ready" | "failed"
  error: string | null
  attempts: number
  filename: string | null
  period_from: string | null
  period_to: string | null
  total: string | null
  currency_code: string | null
  original_requested: boolean
  original_requested_at: string | null
  sent_at: string | null
  created_at: string
}

/** GET /admin/b2b/documents */
export type DocumentList = {
  documents: DocumentRow[]
  count: number
  limit: number
  offset: number
}

export type Template = {
  id: string
  type: string
  locale: string
  name: string
  body: string
  css: string
  version: number
  is_active?: boolean
  created_by?: string | null
  created_at?: string
}

/** GET /admin/b2b/document-templates */
export type TemplateList = { templates: Template[]; defaults: Template[] }

/** GET /store/b2b/documents: the active counterparty's documents, as the admin list's rows */
export type StoreDocumentListResponse = DocumentList

// request bodies and queries: the routes' zod schemas
export type { UploadDocumentFields as AdminUploadDocumentFields } from "../../api/admin/b2b/documents/validators"
export type { SaveTemplate as AdminSaveDocumentTemplate } from "../../api/admin/b2b/document-templates/validators"
export type {
  RequestAct as StoreRequestReconciliationAct,
  StoreDocumentsQuery,
} from "../../api/store/b2b/documents/validators"
