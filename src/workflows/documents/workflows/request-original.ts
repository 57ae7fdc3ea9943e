import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { portalSettings } from "../../../lib/portal-settings"
import { DOCUMENTS_MODULE } from "../../../modules/documents"
import type DocumentsModuleService from "../../../modules/documents/service"
import { recordAuditStep } from "../../audit/steps/record-audit"

/** The buyer asks for paper originals of a document (the manager is told; audited). */
export const requestOriginalWorkflow = createWorkflow(
  "documents-request-original",
  (input: {
    document_id: string
    customer_id: string
    legal_entity_id: string
    manager_emails: string[]
  }) => {
    const marked = createStep(
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
    )(input)
    sendNotificationsStep(
      transform({ input, marked }, ({ input, marked }) =>
        (input.manager_emails.length
          ? input.manager_emails
          : [portalSettings().managerNotificationEmail]
        ).map((to) => ({
          to,
          channel: "email",
          template: "b2b-document-original-requested",
          data: { document_id: input.document_id, number: marked.number, type: marked.type },
        }))
      )
    )
    recordAuditStep(
      transform({ input }, ({ input }) => [
        {
          action: "document.original_requested",
          actor_type: "customer" as const,
          actor_id: input.customer_id,
          resource_type: "document",
          resource_id: input.document_id,
          legal_entity_id: input.legal_entity_id,
        },
      ])
    )
    return new WorkflowResponse(marked)
  }
)
