/**
 * HTTP shapes of the documents API (/admin/b2b/documents, /admin/b2b/document-templates,
 * /store/b2b/documents). Type-only: imported by the routes, the admin extension and the storefront.
 */

export type * from "./responses"

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

// request bodies and queries: the routes' zod schemas
export type { UploadDocumentFields as AdminUploadDocumentFields } from "../../api/admin/b2b/documents/validators"
export type { SaveTemplate as AdminSaveDocumentTemplate } from "../../api/admin/b2b/document-templates/validators"
export type {
  RequestAct as StoreRequestReconciliationAct,
  StoreDocumentsQuery,
} from "../../api/store/b2b/documents/validators"
