import type { MedusaNextFunction, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { type B2BRequest, requireContext } from "../../../utils/b2b-context"
import { UpdateMe } from "./validators"

/** A signed-in member first (401 / 403 before the body is looked at). */
function signedInMember(req: B2BRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    requireContext(req)
    next()
  } catch (e) {
    next(e)
  }
}

/** The signed-in person's own settings. */
export const storeB2bMeMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/b2b/me",
    method: ["POST"],
    middlewares: [signedInMember, validateAndTransformBody(UpdateMe)],
  },
]
