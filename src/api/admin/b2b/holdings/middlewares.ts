import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { listQuery } from "../../../validation/list-query"
import { AdminCreateHolding, AdminUpdateHolding } from "./validators"

/** Holdings (manager workstation). */
export const adminB2bHoldingsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/b2b/holdings", method: ["GET"], middlewares: [listQuery()] },
  {
    matcher: "/admin/b2b/holdings",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateHolding)],
  },
  {
    matcher: "/admin/b2b/holdings/:id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateHolding)],
  },
]
