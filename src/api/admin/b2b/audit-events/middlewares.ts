import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformQuery } from "../../../validation"
import { AuditQuery } from "./validators"

/** The audit log. */
export const adminB2bAuditEventsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/b2b/audit-events",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AuditQuery, { isList: true, defaults: [] })],
  },
]
