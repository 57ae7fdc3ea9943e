import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DOCUMENTS_MODULE } from "../../../modules/documents"
import type DocumentsModuleService from "../../../modules/documents/service"
import { templateSyntaxError } from "../../../modules/documents"
import { recordAuditStep } from "../../audit/steps/record-audit"
import { updateRowsStep } from "../../common/steps/crud"

const updateDocs = updateRowsStep<{ id: string } & Record<string, unknown>>(
  DOCUMENTS_MODULE,
  "DocDocuments"
)
const GENERATED = new Set(["invoice", "upd", "reconciliation_act"])

/** Renders a generated document again (after a failure or a template change). */
export const regenerateDocumentWorkflow = createWorkflow(
  "documents-regenerate",
  (input: { id: string; type: string; actor_id: string }) => {
    const rows = transform({ input }, ({ input }) => {
      if (!GENERATED.has(input.type))
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `type: ${input.type} documents are uploaded, not generated`
        )
      return [{ id: input.id, status: "pending", error: null }]
    })
    const updated = updateDocs(rows)
    emitEventStep({ eventName: "document.requested", data: { id: input.id } })
    recordAuditStep(
      transform({ input }, ({ input }) => [
        {
          action: "document.regenerated",
          actor_type: "user" as const,
          actor_id: input.actor_id,
          resource_type: "document",
          resource_id: input.id,
        },
      ])
    )
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)

/** The manager sent the requested act (or originals). */
export const markDocumentSentWorkflow = createWorkflow(
  "documents-mark-sent",
  (input: { id: string }) => {
    const updated = updateDocs(
      transform({ input }, ({ input }) => [{ id: input.id, sent_at: new Date() }])
    )
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)

/** Saves a template as the new active version of its type and locale (older versions stay, inactive). */
const saveTemplateStep = createStep(
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

export const saveTemplateWorkflow = createWorkflow(
  "documents-save-template",
  (input: {
    type: string
    locale: string
    name: string
    body: string
    css: string
    actor_id: string
  }) => {
    const created = saveTemplateStep(input)
    recordAuditStep(
      transform({ input, created }, ({ input, created }) => [
        {
          action: "document_template.saved",
          actor_type: "user" as const,
          actor_id: input.actor_id,
          resource_type: "document_template",
          resource_id: created.id,
          data: { type: input.type, version: created.version },
        },
      ])
    )
    return new WorkflowResponse(created)
  }
)

/** A document uploaded by a manager or coming from 1C: the file goes to the File module, then the record. */
const storeUploadStep = createStep(
  "documents-store-upload",
  async (input: { filename: string; mime: string; content_base64: string }, { container }) => {
    const [file] = await container.resolve(Modules.FILE).createFiles([
      {
        filename: input.filename,
        mimeType: input.mime,
        content: input.content_base64,
        access: "private",
      } as any,
    ])
    return new StepResponse(file.id, file.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve(Modules.FILE).deleteFiles([id])
  }
)

const createUploadedStep = createStep(
  "documents-create-uploaded",
  async (input: Record<string, any>, { container }) => {
    const docs = container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE)
    if (input.external_id) {
      const [dup] = await docs.listDocDocuments({ external_id: input.external_id }, { take: 1 })
      if (dup)
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `external_id: document ${dup.id} already has it`
        )
    }
    const doc = await docs.createDocDocuments({
      ...input,
      date: new Date(input.date),
      status: "ready",
    } as any)
    return new StepResponse(doc, doc.id)
  },
  async (id, { container }) => {
    if (id)
      await container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE).deleteDocDocuments([id])
  }
)

export const uploadDocumentWorkflow = createWorkflow(
  "documents-upload",
  (input: {
    fields: Record<string, any>
    filename: string
    mime: string
    content_base64: string
    source: "manager" | "one_c"
  }) => {
    const fileId = storeUploadStep(
      transform({ input }, ({ input }) => ({
        filename: input.filename,
        mime: input.mime,
        content_base64: input.content_base64,
      }))
    )
    const doc = createUploadedStep(
      transform({ input, fileId }, ({ input, fileId }) => ({
        ...input.fields,
        file_id: fileId,
        filename: input.filename,
        source: input.source,
      }))
    )
    return new WorkflowResponse(doc)
  }
)
