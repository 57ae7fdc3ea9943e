import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateDocDocumentsStep } from "../steps/update-doc-documents"

/** The manager sent the requested act (or originals). */
export const markDocumentSentWorkflow = createWorkflow(
  "documents-mark-sent",
  (input: { id: string }) => {
    const updated = updateDocDocumentsStep(
      transform({ input }, ({ input }) => [{ id: input.id, sent_at: new Date() }])
    )
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
