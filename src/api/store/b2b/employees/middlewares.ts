import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { UpdateEmployee } from "./validators"

/** The company's employees (buyer executive). */
export const storeB2bEmployeesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/b2b/employees/:id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(UpdateEmployee)],
  },
]
