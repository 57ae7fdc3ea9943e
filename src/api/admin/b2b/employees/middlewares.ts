import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { UpdateEmployee } from "./validators"

/** Employees of a counterparty. */
export const adminB2bEmployeesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/b2b/employees/:id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(UpdateEmployee)],
  },
]
