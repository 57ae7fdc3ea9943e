import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "../../../validation"
import { requireVisibleOrder } from "../../../utils/after-sales"
import { CartTarget } from "../saved-carts/validators"
import { CreateOrderRequest, StoreOrdersQuery } from "./validators"

/** The company's orders, their reorder and after-sales requests. */
export const storeB2bOrdersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/b2b/orders",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(StoreOrdersQuery, { isList: true, defaults: [] })],
  },
  {
    matcher: "/store/b2b/orders/:id/reorder",
    method: ["POST"],
    middlewares: [validateAndTransformBody(CartTarget)],
  },
  // after-sales requests: the order must be visible first (404 before 400), then the body
  {
    matcher: "/store/b2b/orders/:id/requests",
    method: ["GET"],
    middlewares: [requireVisibleOrder],
  },
  {
    matcher: "/store/b2b/orders/:id/requests",
    method: ["POST"],
    middlewares: [requireVisibleOrder, validateAndTransformBody(CreateOrderRequest)],
  },
]
