/**
 * Response shapes of the documents API, self-contained (they import nothing), so any TypeScript program can
 * take them: the storefront imports them through its `@b2b/types/*` path. Re-exported by ./http.ts.
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

/** GET /store/b2b/documents: the active counterparty's documents, as the admin list's rows */
export type StoreDocumentListResponse = DocumentList

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

/** POST /admin/b2b/document-templates: the new active version */
export type AdminTemplateResponse = { template: Template }

/** GET /admin/b2b/documents/:id, POST /admin/b2b/documents (upload), .../regenerate, .../sent;
 * POST /store/b2b/documents/reconciliation-acts (the act, pending until generated) */
export type DocumentResponse = { document: DocumentRow }

/** GET /store/b2b/documents/:id */
export type StoreDocumentResponse = DocumentResponse

/** POST /store/b2b/documents/:id/original */
export type StoreOriginalRequestedResponse = {
  document: { id: string; original_requested: boolean; original_requested_at: string | null }
}

/** the PDF of GET .../documents/:id/download and POST /admin/b2b/document-templates/preview */
export type PdfFile = Uint8Array
