import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DOCUMENTS_MODULE } from "../../../modules/documents"
import type DocumentsModuleService from "../../../modules/documents/service"

/** Marks the document's paper originals as requested; compensation puts the previous flags back. */
export const markOriginalRequestedStep = createStep(
  "documents-mark-original-requested",
  async (i: { document_id: string }, { container }) => {
    const docs = container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE)
    const before = await docs.retrieveDocDocument(i.document_id)
    const after = await docs.updateDocDocuments({
      id: i.document_id,
      original_requested: true,
      original_requested_at: new Date(),
    })
    return new StepResponse(after, {
      id: before.id,
      original_requested: before.original_requested,
      original_requested_at: before.original_requested_at,
    })
  },
  async (prev, { container }) => {
    if (prev)
      await container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE).updateDocDocuments(prev)
  }
)
