import type { MiddlewareRoute } from "@medusajs/framework/http"
import { companyRowScope } from "../../../utils/rls-scope"
import { validateAndTransformBody, validateAndTransformQuery } from "../../../validation"
import { RequestAct, StoreDocumentsQuery } from "./validators"

/** The company's documents. */
export const storeB2bDocumentsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/b2b/documents",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(StoreDocumentsQuery, {})],
  },
  {
    matcher: "/store/b2b/documents/reconciliation-acts",
    method: ["POST"],
    middlewares: [validateAndTransformBody(RequestAct)],
  },
  // row-level security scope (src/api/utils/rls.ts): these routes run with the acting company as b2b.legal_entity_id
  { matcher: "/store/b2b/documents*", middlewares: [companyRowScope] },
]
