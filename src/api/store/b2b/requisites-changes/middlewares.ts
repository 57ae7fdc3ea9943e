import type { MiddlewareRoute } from "@medusajs/framework/http"
import { singleDocument } from "../../../utils/upload"

/** A buyer's request to change its requisites (multipart, with a document). */
export const storeB2bRequisitesChangesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/b2b/requisites-changes",
    method: ["POST"],
    middlewares: [singleDocument("document")],
  },
]
