import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { Impersonate } from "./validators"

/** Impersonation of a buyer by a manager. */
export const adminB2bImpersonationsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/b2b/impersonations",
    method: ["POST"],
    middlewares: [validateAndTransformBody(Impersonate)],
  },
]
