import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEFAULT_TEMPLATES } from "../../../../modules/documents"
import { saveTemplateWorkflow } from "../../../../workflows/documents/workflows/save-template"
import type { SaveTemplate } from "./validators"
import { assertExecutive } from "../../../utils/admin-scope"
import { documentsService } from "../../../utils/documents"
import type { AdminTemplateResponse, TemplateList } from "../../../../types/documents/http"
import type { JsonOf } from "../../../../types/common/http"

/** GET /admin/b2b/document-templates: stored versions plus the built-in defaults. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<TemplateList>>
) {
  const rows = await documentsService(req).listDocTemplates(
    {},
    { take: 200, order: { type: "ASC", version: "DESC" } }
  )
  res.json({
    templates: rows,
    defaults: DEFAULT_TEMPLATES.map((t) => ({ ...t, id: `default-${t.type}`, version: 0 })),
  })
}

/** POST /admin/b2b/document-templates: saves a new active version (executives; syntax-checked). */
export async function POST(
  req: AuthenticatedMedusaRequest<SaveTemplate>,
  res: MedusaResponse<JsonOf<AdminTemplateResponse>>
) {
  await assertExecutive(req)
  const { result } = await saveTemplateWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  res.status(201).json({ template: result })
}
