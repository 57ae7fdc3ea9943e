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
import { updateRowsStep } from "../../common/steps/crud"
import { buildDocumentDataStep } from "../steps/build-data"
import { renderAndStoreStep } from "../steps/render"

const updateDocs = updateRowsStep<{ id: string } & Record<string, unknown>>(
  DOCUMENTS_MODULE,
  "DocDocuments"
)

/** Counts the attempt first, so failures are visible even when the workflow is rolled back. */
const countAttemptStep = createStep(
  "documents-count-attempt",
  async (input: { document_id: string }, { container }) => {
    const docs = container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE)
    const doc = await docs.retrieveDocDocument(input.document_id)
    await docs.updateDocDocuments({ id: doc.id, attempts: (doc.attempts ?? 0) + 1 })
    return new StepResponse(doc)
  }
)

/**
 * Builds, renders and stores one document, then marks it ready (the previous file, on a
 * regeneration, is replaced). Runs from subscribers, off the request path.
 */
export const generateDocumentWorkflow = createWorkflow(
  "documents-generate",
  (input: { document_id: string }) => {
    countAttemptStep(input)
    const built = buildDocumentDataStep(input)
    const stored = renderAndStoreStep(
      transform({ input, built }, ({ input, built }) => ({ document_id: input.document_id, built }))
    )
    const updated = updateDocs(
      transform({ input, built, stored }, ({ input, built, stored }) => [
        {
          id: input.document_id,
          status: "ready",
          error: null,
          file_id: stored.file_id,
          filename: built.filename,
          template_id: stored.template_id,
          template_version: stored.template_version,
          total: built.total,
          currency_code: built.currency_code,
        },
      ])
    )
    emitEventStep({ eventName: "document.ready", data: { id: input.document_id } })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)

/** A render that failed for good: the document shows `failed` with the reason and can be regenerated. */
export const markDocumentFailedWorkflow = createWorkflow(
  "documents-mark-failed",
  (input: { document_id: string; error: string }) => {
    const updated = updateDocs(
      transform({ input }, ({ input }) => [
        { id: input.document_id, status: "failed", error: input.error.slice(0, 2000) },
      ])
    )
    emitEventStep({ eventName: "document.failed", data: { id: input.document_id } })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
