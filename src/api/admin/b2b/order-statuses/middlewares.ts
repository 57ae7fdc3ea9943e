import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { CreateOrderStatus, UpdateOrderStatus } from "./validators"

/** B2B order statuses (configurable, mapped to 1C). */
export const adminB2bOrderStatusesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/b2b/order-statuses",
    method: ["POST"],
    middlewares: [validateAndTransformBody(CreateOrderStatus)],
  },
  {
    matcher: "/admin/b2b/order-statuses/:code",
    method: ["POST"],
    middlewares: [validateAndTransformBody(UpdateOrderStatus)],
  },
]
