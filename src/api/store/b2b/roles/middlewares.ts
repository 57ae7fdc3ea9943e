import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { CreateRole, UpdateRole } from "./validators"

/** The company's roles. */
export const storeB2bRolesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/b2b/roles",
    method: ["POST"],
    middlewares: [validateAndTransformBody(CreateRole)],
  },
  {
    matcher: "/store/b2b/roles/:id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(UpdateRole)],
  },
]
