import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { AssignManager } from "./validators"

/** Manager assignments. */
export const adminB2bManagersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/b2b/managers",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AssignManager)],
  },
]
