import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformQuery } from "../../../validation"
import { DashboardQuery } from "./validators"

/** The buyer's dashboard. */
export const storeB2bDashboardMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/b2b/dashboard",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(DashboardQuery, {})],
  },
]
