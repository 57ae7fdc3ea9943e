import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformQuery } from "../../../validation"
import { StorePricesQuery } from "./validators"

/** GET /store/b2b/prices: the batch price query. */
export const storeB2bPricesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/b2b/prices",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(StorePricesQuery, {})],
  },
]
