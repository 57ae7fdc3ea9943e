import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { CreateSellerOrganization, LinkChanges, UpdateSellerOrganization } from "./validators"

/** Seller organizations, their stock locations and products. */
export const adminB2bSellerOrganizationsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/b2b/seller-organizations",
    method: ["POST"],
    middlewares: [validateAndTransformBody(CreateSellerOrganization)],
  },
  {
    matcher: "/admin/b2b/seller-organizations/:id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(UpdateSellerOrganization)],
  },
  {
    matcher: "/admin/b2b/seller-organizations/:id/stock-locations",
    method: ["POST"],
    middlewares: [validateAndTransformBody(LinkChanges)],
  },
  {
    matcher: "/admin/b2b/seller-organizations/:id/products",
    method: ["POST"],
    middlewares: [validateAndTransformBody(LinkChanges)],
  },
]
