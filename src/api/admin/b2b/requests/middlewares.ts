import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "../../../validation"
import { AdminRequestsQuery, DecideOrderRequest } from "./validators"

/** After-sales requests (manager). */
export const adminB2bRequestsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/b2b/requests",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminRequestsQuery, {})],
  },
  {
    matcher: "/admin/b2b/requests/:id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(DecideOrderRequest)],
  },
]
