import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../../validation"
import { SaveTemplate } from "./validators"

/** Document templates and their preview. */
export const adminB2bDocumentTemplatesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/b2b/document-templates",
    method: ["POST"],
    middlewares: [validateAndTransformBody(SaveTemplate)],
  },
  {
    matcher: "/admin/b2b/document-templates/preview",
    method: ["POST"],
    middlewares: [validateAndTransformBody(SaveTemplate)],
  },
]
