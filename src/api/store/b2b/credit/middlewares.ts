import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformQuery } from "../../../validation"
import { StoreTransactionsQuery } from "./validators"

/** The counterparty's credit account. */
export const storeB2bCreditMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/b2b/credit/transactions",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(StoreTransactionsQuery, {})],
  },
]
