import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DOCUMENTS_MODULE } from "../../../modules/documents"
import type DocumentsModuleService from "../../../modules/documents/service"

/** Counts the attempt first, so failures are visible even when the workflow is rolled back. */
export const countAttemptStep = createStep(
  "documents-count-attempt",
  async (input: { document_id: string }, { container }) => {
    const docs = container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE)
    const doc = await docs.retrieveDocDocument(input.document_id)
    await docs.updateDocDocuments({ id: doc.id, attempts: (doc.attempts ?? 0) + 1 })
    return new StepResponse(doc)
  }
)
