import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformQuery } from "../../../validation"
import { CatalogQuery } from "./validators"

/** Catalog filters by 1C attributes. */
export const storeB2bCatalogMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/b2b/catalog/*",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(CatalogQuery, {})],
  },
]
