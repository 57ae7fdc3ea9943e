import type { MiddlewareRoute } from "@medusajs/framework/http"
import { companyRowScope } from "../../../utils/rls-scope"
import { validateAndTransformBody } from "../../../validation"
import { CartTarget, SaveCart, UpdateSavedCart } from "./validators"

/** Saved carts. */
export const storeB2bSavedCartsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/b2b/saved-carts",
    method: ["POST"],
    middlewares: [validateAndTransformBody(SaveCart)],
  },
  {
    matcher: "/store/b2b/saved-carts/:id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(UpdateSavedCart)],
  },
  {
    matcher: "/store/b2b/saved-carts/:id/restore",
    method: ["POST"],
    middlewares: [validateAndTransformBody(CartTarget)],
  },
  // row-level security scope (src/api/utils/rls.ts): these routes run with the acting company as b2b.legal_entity_id
  { matcher: "/store/b2b/saved-carts*", middlewares: [companyRowScope] },
]
