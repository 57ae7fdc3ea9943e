import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { RequestPriceList } from "./validators"

/** Price lists the buyer requests. */
export const storeB2bPriceListsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/b2b/price-lists",
    method: ["POST"],
    middlewares: [validateAndTransformBody(RequestPriceList)],
  },
]
