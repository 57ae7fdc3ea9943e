import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { statusListQuery } from "../../../validation/list-query"
import { DecideRequisitesChange } from "./validators"

/** Requisites changes asked by buyers (approve/reject). */
export const adminB2bRequisitesChangesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/b2b/requisites-changes", method: ["GET"], middlewares: [statusListQuery()] },
  {
    matcher: "/admin/b2b/requisites-changes/:id/*",
    method: ["POST"],
    middlewares: [validateAndTransformBody(DecideRequisitesChange)],
  },
]
