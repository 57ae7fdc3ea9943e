import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DOCUMENTS_MODULE } from "../../../modules/documents"
import type DocumentsModuleService from "../../../modules/documents/service"
import { templateSyntaxError } from "../../../modules/documents"

/** Saves a template as the new active version of its type and locale (older versions stay, inactive). */
export const saveTemplateStep = createStep(
  "documents-save-template",
  async (
    input: {
      type: string
      locale: string
      name: string
      body: string
      css: string
      actor_id: string
    },
    { container }
  ) => {
    const err = templateSyntaxError(input.body)
    if (err) throw new MedusaError(MedusaError.Types.INVALID_DATA, `body: ${err}`)
    const docs = container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE)
    const older = await docs.listDocTemplates(
      { type: input.type, locale: input.locale },
      { take: null, order: { version: "DESC" } }
    )
    const active = older.filter((t) => t.is_active).map((t) => t.id)
    if (active.length) await docs.updateDocTemplates(active.map((id) => ({ id, is_active: false })))
    const created = await docs.createDocTemplates({
      type: input.type,
      locale: input.locale,
      name: input.name,
      body: input.body,
      css: input.css,
      version: (older[0]?.version ?? 0) + 1,
      is_active: true,
      created_by: input.actor_id,
    })
    return new StepResponse(created, { created: created.id, reactivate: active })
  },
  async (prev, { container }) => {
    if (!prev) return
    const docs = container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE)
    await docs.deleteDocTemplates([prev.created])
    if (prev.reactivate.length)
      await docs.updateDocTemplates(prev.reactivate.map((id) => ({ id, is_active: true })))
  }
)
