import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../../audit/steps/record-audit"
import { linkGuestOrderStep } from "../steps/link-guest-order"
import { updateAttachedOrderStep } from "../steps/update-attached-order"
import { validateAttachGuestOrderStep } from "../steps/validate-attach-guest-order"
import { type AttachGuestOrderInput } from "../utils/guest-orders"

/**
 * A manager attaches a guest order to a counterparty: the legal-entity-order link (so the order is
 * in the company's history and in the 1C export), the order's customer when an employee is named,
 * who attached it and when (order metadata and the audit log). Attaching twice is a 409.
 */
export const attachGuestOrderWorkflow = createWorkflow(
  "ordering-attach-guest-order",
  (input: AttachGuestOrderInput) => {
    const checked = validateAttachGuestOrderStep(input)
    linkGuestOrderStep(
      transform({ checked }, ({ checked }) => ({
        order_id: checked.order_id,
        legal_entity_id: checked.legal_entity_id,
      }))
    )
    updateAttachedOrderStep(
      transform({ checked }, ({ checked }) => ({
        order_id: checked.order_id,
        next: checked.next,
        previous: checked.previous,
      }))
    )
    recordAuditStep(
      transform({ checked, input }, ({ checked, input }) => [
        {
          action: "guest_order.attached",
          actor_type: "user" as const,
          actor_id: input.user_id,
          resource_type: "order",
          resource_id: checked.order_id,
          legal_entity_id: checked.legal_entity_id,
          data: {
            customer_id: input.customer_id,
            previous_customer_id: checked.previous.customer_id,
          },
        },
      ])
    )
    return new WorkflowResponse(
      transform({ checked }, ({ checked }) => ({
        order_id: checked.order_id,
        legal_entity_id: checked.legal_entity_id,
        customer_id: checked.next.customer_id,
      }))
    )
  }
)
