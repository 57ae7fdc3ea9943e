import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import {
  AddSchedule,
  CreateCreditAccount,
  CreateLedgerEntries,
  GrantOverride,
  UpdateCreditAccount,
} from "./validators"

/** Credit accounts, ledger entries, overrides and payment schedules. */
export const adminB2bCreditMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/b2b/credit/accounts",
    method: ["POST"],
    middlewares: [validateAndTransformBody(CreateCreditAccount)],
  },
  {
    matcher: "/admin/b2b/credit/accounts/:id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(UpdateCreditAccount)],
  },
  {
    matcher: "/admin/b2b/credit/accounts/:id/entries",
    method: ["POST"],
    middlewares: [validateAndTransformBody(CreateLedgerEntries)],
  },
  {
    matcher: "/admin/b2b/credit/accounts/:id/overrides",
    method: ["POST"],
    middlewares: [validateAndTransformBody(GrantOverride)],
  },
  {
    matcher: "/admin/b2b/credit/accounts/:id/schedule",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AddSchedule)],
  },
]
