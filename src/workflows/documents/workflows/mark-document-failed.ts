import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { updateDocDocumentsStep } from "../steps/update-doc-documents"
import { DocumentsEvents } from "../../../modules/documents"

/** A render that failed for good: the document shows `failed` with the reason and can be regenerated. */
export const markDocumentFailedWorkflow = createWorkflow(
  "documents-mark-failed",
  (input: { document_id: string; error: string }) => {
    const updated = updateDocDocumentsStep(
      transform({ input }, ({ input }) => [
        { id: input.document_id, status: "failed", error: input.error.slice(0, 2000) },
      ])
    )
    emitEventStep({ eventName: DocumentsEvents.DOCUMENT_FAILED, data: { id: input.document_id } })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
