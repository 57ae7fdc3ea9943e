import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DOCUMENTS_MODULE } from "../../../modules/documents"
import type DocumentsModuleService from "../../../modules/documents/service"
import type { BuiltDocument } from "./build-document-data"

/**
 * Renders the document with its type's active template to PDF (shared Chromium, pooled tabs) and
 * stores it through the File module. Only the file id travels on in the workflow, never the bytes.
 * Retried by the workflow engine; compensation deletes the stored file.
 */
export const renderAndStoreStep = createStep(
  { name: "documents-render-and-store", maxRetries: 2 },
  async (input: { document_id: string; built: BuiltDocument }, { container }) => {
    const docs = container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE)
    const template = await docs.activeTemplate(input.built.template_type)
    const pdf = await docs.renderTemplatePdf(template, input.built.data)
    const [file] = await container.resolve(Modules.FILE).createFiles([
      {
        filename: input.built.filename,
        mimeType: "application/pdf",
        content: pdf.toString("base64"),
        access: "private",
      },
    ])
    return new StepResponse(
      { file_id: file.id, template_id: template.id, template_version: template.version },
      file.id
    )
  },
  async (fileId, { container }) => {
    if (fileId) await container.resolve(Modules.FILE).deleteFiles([fileId])
  }
)
