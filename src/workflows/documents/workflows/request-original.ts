import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { portalSettings } from "../../../lib/portal-settings"
import { recordAuditStep } from "../../audit/steps/record-audit"
import { markOriginalRequestedStep } from "../steps/mark-original-requested"

/** The buyer asks for paper originals of a document (the manager is told; audited). */
export const requestOriginalWorkflow = createWorkflow(
  "documents-request-original",
  (input: {
    document_id: string
    customer_id: string
    legal_entity_id: string
    manager_emails: string[]
  }) => {
    const marked = markOriginalRequestedStep(input)
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
