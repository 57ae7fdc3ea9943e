import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { listQuery } from "../../../validation/list-query"
import { AdminAddEmployee, AdminCreateLegalEntity, AdminUpdateLegalEntity } from "./validators"

/** Legal entities (counterparties) and their employees. */
export const adminB2bLegalEntitiesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/b2b/legal-entities", method: ["GET"], middlewares: [listQuery()] },
  {
    matcher: "/admin/b2b/legal-entities",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateLegalEntity)],
  },
  {
    matcher: "/admin/b2b/legal-entities/:id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateLegalEntity)],
  },
  {
    matcher: "/admin/b2b/legal-entities/:id/employees",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminAddEmployee)],
  },
]
