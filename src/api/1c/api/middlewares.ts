import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../validation"
import { OneCAgreements, OneCCounterparties, OneCCreditLimits, OneCSettlements } from "./validators"

/** 1C's JSON API (counterparties, agreements, credit limits, settlements): bodies validated after the API auth. */
export const oneCApiMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/1c/api/counterparties",
    method: ["POST"],
    middlewares: [validateAndTransformBody(OneCCounterparties)],
  },
  {
    matcher: "/1c/api/agreements",
    method: ["POST"],
    middlewares: [validateAndTransformBody(OneCAgreements)],
  },
  {
    matcher: "/1c/api/credit-limits",
    method: ["POST"],
    middlewares: [validateAndTransformBody(OneCCreditLimits)],
  },
  {
    matcher: "/1c/api/settlements",
    method: ["POST"],
    bodyParser: { sizeLimit: "20mb" },
    middlewares: [validateAndTransformBody(OneCSettlements)],
  },
]
