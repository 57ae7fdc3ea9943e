import type { DocumentType, TemplateType } from "../../../types/documents/http"

/** The shapes of /admin/b2b/documents and /admin/b2b/document-templates, written once in src/types. */
export type {
  DocumentList,
  DocumentRow,
  DocumentType,
  Template,
  TemplateList,
  TemplateType,
} from "../../../types/documents/http"

export const DOCUMENT_TYPES = [
  "invoice",
  "upd",
  "waybill",
  "reconciliation_act",
  "agreement",
  "price_list",
  "other",
] as const satisfies readonly DocumentType[]

export const TEMPLATE_TYPES = [
  "invoice",
  "upd",
  "reconciliation_act",
  "price_list",
] as const satisfies readonly TemplateType[]
