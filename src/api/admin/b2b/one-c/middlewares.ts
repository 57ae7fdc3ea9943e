import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { OneCCategoryMap } from "./validators"

/** 1C settings of the manager workstation. */
export const adminB2bOneCMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/b2b/one-c/category-map",
    method: ["POST"],
    middlewares: [validateAndTransformBody(OneCCategoryMap)],
  },
]
