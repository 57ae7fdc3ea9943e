import { MedusaError } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { portalSettings } from "../../../lib/portal-settings"
import { createDocumentStep } from "../steps/create-document"
import { DocumentsEvents } from "../../../modules/documents"

/**
 * The buyer asks for a reconciliation act: the act is generated and the assigned manager is told,
 * so it can also be checked and signed on paper.
 */
export const requestReconciliationActWorkflow = createWorkflow(
  "documents-request-reconciliation-act",
  (input: {
    legal_entity_id: string
    period_from: string
    period_to: string
    customer_id: string
    manager_emails: string[]
  }) => {
    const { document } = createDocumentStep(
      transform({ input }, ({ input }) => {
        if (new Date(input.period_from) > new Date(input.period_to))
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            "period_from: must not be after period_to"
          )
        return {
          type: "reconciliation_act" as const,
          legal_entity_id: input.legal_entity_id,
          period_from: input.period_from,
          period_to: input.period_to,
          requested_by: input.customer_id,
        }
      })
    )
    emitEventStep({
      eventName: DocumentsEvents.DOCUMENT_REQUESTED,
      data: transform({ document }, ({ document }) => ({ id: document.id })),
    })
    sendNotificationsStep(
      transform({ input, document }, ({ input, document }) =>
        (input.manager_emails.length
          ? input.manager_emails
          : [portalSettings().managerNotificationEmail]
        ).map((to) => ({
          to,
          channel: "email",
          template: "b2b-reconciliation-act-requested",
          data: {
            document_id: document.id,
            number: document.number,
            legal_entity_id: input.legal_entity_id,
            period_from: input.period_from,
            period_to: input.period_to,
          },
        }))
      )
    )
    return new WorkflowResponse(document)
  }
)
