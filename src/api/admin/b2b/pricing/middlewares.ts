import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "../../../validation"
import { ExplainQuery, SetVariantPrices } from "./validators"

/** Contract pricing (the entity routes validate in their handlers: the schema depends on the entity). */
export const adminB2bPricingMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/b2b/pricing/variant-prices",
    method: ["POST"],
    middlewares: [validateAndTransformBody(SetVariantPrices)],
  },
  {
    matcher: "/admin/b2b/pricing/explain",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(ExplainQuery, {})],
  },
]
