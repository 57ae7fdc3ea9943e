import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { portalSettings } from "../../../lib/portal-settings"
import { recordAuditStep } from "../../audit/steps/record-audit"
import { CompanyEvents } from "../../../modules/company"

/**
 * A data subject's request (deletion) under 152-FZ: recorded in the audit log (visible to the
 * manager in the audit list) and e-mailed to the manager, who has 30 days to act.
 */
export const recordPersonalDataRequestWorkflow = createWorkflow(
  "b2b-personal-data-request",
  (input: {
    customer_id: string
    kind: "deletion"
    ip?: string | null
    legal_entity_id?: string | null
  }) => {
    const events = recordAuditStep(
      transform({ input }, ({ input }) => [
        {
          action: `personal_data.${input.kind}_requested`,
          actor_type: "customer" as const,
          actor_id: input.customer_id,
          resource_type: "customer",
          resource_id: input.customer_id,
          legal_entity_id: input.legal_entity_id ?? null,
          ip: input.ip ?? null,
        },
      ])
    )
    sendNotificationsStep(
      transform({ input }, ({ input }) => [
        {
          to: portalSettings().managerNotificationEmail,
          channel: "email",
          template: "b2b-personal-data-request",
          data: { customer_id: input.customer_id, kind: input.kind },
        },
      ])
    )
    emitEventStep({
      eventName: CompanyEvents.EMPLOYEE_PERSONAL_DATA_REQUESTED,
      data: { customer_id: input.customer_id },
    })
    return new WorkflowResponse(
      transform({ events }, ({ events }) => ({
        id: events[0].id,
        status: "received" as const,
        created_at: events[0].created_at,
      }))
    )
  }
)
