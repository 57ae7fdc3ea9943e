/** Type-only copies of the /admin/b2b/documents and /admin/b2b/document-templates response shapes. */

export const DOCUMENT_TYPES = [
  "invoice",
  "upd",
  "waybill",
  "reconciliation_act",
  "agreement",
  "price_list",
  "other",
] as const
export type DocumentType = (typeof DOCUMENT_TYPES)[number]

export const TEMPLATE_TYPES = ["invoice", "upd", "reconciliation_act", "price_list"] as const
export type TemplateType = (typeof TEMPLATE_TYPES)[number]

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

export type TemplateList = { templates: Template[]; defaults: Template[] }
