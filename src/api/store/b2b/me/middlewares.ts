import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { UpdateMe } from "./validators"

/** The signed-in person's own settings. */
export const storeB2bMeMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/b2b/me",
    method: ["POST"],
    middlewares: [validateAndTransformBody(UpdateMe)],
  },
]
