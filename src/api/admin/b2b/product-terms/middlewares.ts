import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { SetProductTerms } from "./validators"

/** Sale terms of products (minimum, multiple, units). */
export const adminB2bProductTermsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/b2b/product-terms",
    method: ["POST"],
    middlewares: [validateAndTransformBody(SetProductTerms)],
  },
]
