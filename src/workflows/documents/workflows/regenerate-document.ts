import { MedusaError } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { recordAuditStep } from "../../audit/steps/record-audit"
import { updateDocDocumentsStep } from "../steps/update-doc-documents"
import { DocumentsEvents } from "../../../modules/documents"

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
    const updated = updateDocDocumentsStep(rows)
    emitEventStep({ eventName: DocumentsEvents.DOCUMENT_REQUESTED, data: { id: input.id } })
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
