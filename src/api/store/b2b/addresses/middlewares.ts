import type { MiddlewareRoute } from "@medusajs/framework/http"
import { companyRowScope } from "../../../utils/rls-scope"
import { validateAndTransformBody } from "../../../validation"
import { CreateAddress, UpdateAddress } from "./validators"

/** The company's addresses. */
export const storeB2bAddressesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/b2b/addresses",
    method: ["POST"],
    middlewares: [validateAndTransformBody(CreateAddress)],
  },
  {
    matcher: "/store/b2b/addresses/:id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(UpdateAddress)],
  },
  // row-level security scope (src/api/utils/rls.ts): these routes run with the acting company as b2b.legal_entity_id
  { matcher: "/store/b2b/addresses*", middlewares: [companyRowScope] },
]
