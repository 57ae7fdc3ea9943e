import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { CreateRegistrationRequest } from "./validators"

/** A company's request to register. */
export const storeB2bRegistrationRequestsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/b2b/registration-requests",
    method: ["POST"],
    middlewares: [validateAndTransformBody(CreateRegistrationRequest)],
  },
]
