import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { guestOneClickEnabled, guestOrderRateLimit } from "./helpers"
import { GuestOrder } from "./validators"

/** One-click orders of guests (issue 5). */
export const storeB2bGuestOrdersMiddlewares: MiddlewareRoute[] = [
  // guests: setting (403) → body (400) → hourly limit (429)
  {
    matcher: "/store/b2b/guest-orders",
    method: ["POST"],
    middlewares: [guestOneClickEnabled, validateAndTransformBody(GuestOrder), guestOrderRateLimit],
  },
]
