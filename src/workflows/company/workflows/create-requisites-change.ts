import {
  emitEventStep,
  sendNotificationsStep,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { portalSettings } from "../../../lib/portal-settings"
import { recordAuditStep } from "../../audit/steps/record-audit"

import type { Actor } from "../utils/employees"
import { createB2bRequisitesChangesStep } from "../steps/create-b2b-requisites-changes"
import { CompanyEvents } from "../../../modules/company"

export type RequisitesChangeInput = {
  legal_entity_id: string
  customer_id: string
  changes: Record<string, string>
  document: { filename: string; mimeType: string; content_base64: string }
  actor: Actor
}

/** A buyer asks to change its requisites with a supporting document; the manager is notified. */
export const createRequisitesChangeWorkflow = createWorkflow(
  "b2b-create-requisites-change",
  (input: RequisitesChangeInput) => {
    const files = uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        files: [
          {
            filename: input.document.filename,
            mimeType: input.document.mimeType,
            content: input.document.content_base64,
            access: "private" as const,
          },
        ],
      })),
    })
    const created = createB2bRequisitesChangesStep(
      transform({ input, files }, ({ input, files }) => [
        {
          legal_entity_id: input.legal_entity_id,
          requested_by_customer_id: input.customer_id,
          changes: input.changes,
          document_file_id: files[0].id,
          document_name: input.document.filename,
          document_url: files[0].url,
        },
      ])
    )
    const change = transform({ created }, ({ created }) => created[0])
    recordAuditStep(
      transform({ input, change }, ({ input, change }) => [
        {
          action: "requisites.change_requested",
          ...input.actor,
          resource_type: "requisites_change",
          resource_id: change.id,
          legal_entity_id: input.legal_entity_id,
          data: { fields: Object.keys(input.changes) },
        },
      ])
    )
    sendNotificationsStep(
      transform({ input, change }, ({ input, change }) => [
        {
          to: portalSettings().managerNotificationEmail,
          channel: "email",
          template: "b2b-requisites-change",
          data: {
            legal_entity_id: input.legal_entity_id,
            request_id: change.id,
            fields: Object.keys(input.changes),
          },
        },
      ])
    )
    emitEventStep({
      eventName: CompanyEvents.REQUISITES_CHANGE_CREATED,
      data: transform({ change }, ({ change }) => ({ id: change.id })),
    })
    return new WorkflowResponse(change)
  }
)
