/**
 * HTTP shapes of the documents API (/admin/b2b/documents, /admin/b2b/document-templates,
 * /store/b2b/documents). Type-only: imported by the routes, the admin extension and the storefront.
 */

export type * from "./responses"

// request bodies and queries: the routes' zod schemas
export type { UploadDocumentFields as AdminUploadDocumentFields } from "../../api/admin/b2b/documents/validators"
export type { SaveTemplate as AdminSaveDocumentTemplate } from "../../api/admin/b2b/document-templates/validators"
export type {
  RequestAct as StoreRequestReconciliationAct,
  StoreDocumentsQuery,
} from "../../api/store/b2b/documents/validators"
