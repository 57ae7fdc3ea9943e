import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateDocs } from "../utils/admin"

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
