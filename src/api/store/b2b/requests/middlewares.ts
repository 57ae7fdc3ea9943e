import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "../../../validation"
import { requireVisibleRequest } from "../../../utils/after-sales"
import { RequestMessage, StoreRequestsQuery } from "./validators"

/** After-sales requests (buyer): the request must be visible first (404 before 400). */
export const storeB2bRequestsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/b2b/requests",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(StoreRequestsQuery, {})],
  },
  {
    matcher: "/store/b2b/requests/:id/messages",
    method: ["POST"],
    middlewares: [requireVisibleRequest, validateAndTransformBody(RequestMessage)],
  },
]
