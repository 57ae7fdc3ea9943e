import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { buildDocumentDataStep } from "../steps/build-document-data"
import { renderAndStoreStep } from "../steps/render-and-store"
import { countAttemptStep } from "../steps/count-attempt"
import { updateDocDocumentsStep } from "../steps/update-doc-documents"
import { DocumentsEvents } from "../../../modules/documents"

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
    const updated = updateDocDocumentsStep(
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
    emitEventStep({ eventName: DocumentsEvents.DOCUMENT_READY, data: { id: input.document_id } })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
