import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { maskTokenForLog } from "../../../utils/log-masking"
import { AcceptInvitation, CreateInvitation } from "./validators"

/** Invitations of employees. */
export const storeB2bInvitationsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/b2b/invitations",
    method: ["POST"],
    middlewares: [validateAndTransformBody(CreateInvitation)],
  },
  {
    matcher: "/store/b2b/invitations/accept",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AcceptInvitation)],
  },
  // abuse (issue 15): the invitation token is kept out of the request log
  { matcher: "/store/b2b/invitations/lookup", method: ["GET"], middlewares: [maskTokenForLog] },
]
