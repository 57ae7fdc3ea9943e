import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { NewDocument } from "../utils/request"
import { createDocumentStep } from "../steps/create-document"
import { DocumentsEvents } from "../../../modules/documents"

/**
 * Records a document and asks for its generation (`document.requested`, handled off the request
 * path by a subscriber; on BullMQ when Redis is configured).
 */
export const requestDocumentWorkflow = createWorkflow("documents-request", (input: NewDocument) => {
  const { document, created } = createDocumentStep(input)
  emitEventStep({
    eventName: DocumentsEvents.DOCUMENT_REQUESTED,
    data: transform({ document, created }, ({ document, created }) =>
      created ? { id: document.id } : []
    ),
  })
  return new WorkflowResponse(document)
})
