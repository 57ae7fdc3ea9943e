import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "../../../validation"
import { AttachGuestOrder, GuestOrdersQuery } from "./validators"

/** One-click orders (issue 5): guest orders a manager attaches to a counterparty. */
export const adminB2bGuestOrdersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/b2b/guest-orders",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(GuestOrdersQuery, {})],
  },
  {
    matcher: "/admin/b2b/guest-orders/:order_id/attach",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AttachGuestOrder)],
  },
]
