import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { requireOwnCart } from "../../../utils/own-cart"
import { singleUpload } from "../../../utils/upload"
import { CheckoutDetails, OneClickCart, PlaceOrder } from "./validators"

/** The buyer's cart: quick order upload, checkout details, one-click and placing (split by seller). */
export const storeB2bCartsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/b2b/carts/:id/quick-order",
    method: ["POST"],
    bodyParser: { sizeLimit: "5mb" },
    middlewares: [singleUpload("file", 10)],
  },
  {
    matcher: "/store/b2b/carts/:id/checkout",
    method: ["POST"],
    middlewares: [requireOwnCart, validateAndTransformBody(CheckoutDetails)],
  },
  // one-click orders (issue 5): own cart first (404 before 400)
  {
    matcher: "/store/b2b/carts/:id/one-click",
    method: ["POST"],
    middlewares: [requireOwnCart, validateAndTransformBody(OneClickCart)],
  },
  // order split and pre-orders
  {
    matcher: "/store/b2b/carts/:id/place",
    method: ["POST"],
    middlewares: [requireOwnCart, validateAndTransformBody(PlaceOrder)],
  },
]
