import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { CreateShipment, SetOrderStatus, UpdateShipment } from "./validators"

/** Orders: shipments and B2B statuses. */
export const adminB2bOrdersMiddlewares: MiddlewareRoute[] = [
  // order shipments (issue 5): several Medusa fulfillments per order, moved through Medusa's workflows
  {
    matcher: "/admin/b2b/orders/:id/shipments",
    method: ["POST"],
    middlewares: [validateAndTransformBody(CreateShipment)],
  },
  {
    matcher: "/admin/b2b/orders/:id/shipments/:shipment_id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(UpdateShipment)],
  },
  {
    matcher: "/admin/b2b/orders/:id/status",
    method: ["POST"],
    middlewares: [validateAndTransformBody(SetOrderStatus)],
  },
]
