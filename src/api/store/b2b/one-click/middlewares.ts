import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { BuyNow } from "./validators"

/** One-click orders (issue 5): buy one product now. */
export const storeB2bOneClickMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/b2b/one-click",
    method: ["POST"],
    middlewares: [validateAndTransformBody(BuyNow)],
  },
]
