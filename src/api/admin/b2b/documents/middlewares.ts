import type { MiddlewareRoute } from "@medusajs/framework/http"
import { singleDocument } from "../../../utils/upload"

/** Documents a manager uploads (multipart). */
export const adminB2bDocumentsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/b2b/documents", method: ["POST"], middlewares: [singleDocument("file")] },
]
