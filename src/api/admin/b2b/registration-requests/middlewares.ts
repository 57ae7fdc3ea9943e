import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { statusListQuery } from "../../../validation/list-query"
import { DecideRegistration } from "./validators"

/** Registration requests (accept/refuse). */
export const adminB2bRegistrationRequestsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/b2b/registration-requests",
    method: ["GET"],
    middlewares: [statusListQuery()],
  },
  {
    matcher: "/admin/b2b/registration-requests/:id/*",
    method: ["POST"],
    middlewares: [validateAndTransformBody(DecideRegistration)],
  },
]
