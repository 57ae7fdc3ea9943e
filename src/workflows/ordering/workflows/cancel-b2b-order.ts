import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { OrderingEvents } from "../../../modules/ordering"
import { recordAuditStep } from "../../audit/steps/record-audit"
import { refreshCreditStateStep } from "../../credit/steps/refresh-credit-state"
import { setOrderExposureStatusStep } from "../../credit/steps/set-order-exposure-status"
import { requeueOrderPushStep } from "../../one-c/steps/requeue-order-push"
import { checkOrderCancellableStep } from "../steps/check-order-cancellable"
import { writeOrderStateStep } from "../steps/write-order-state"

export type CancelB2bOrderInput = {
  order_id: string
  /** The buyer who cancels (a member with orders.cancel of the order's counterparty). */
  customer_id: string
  legal_entity_id: string
  impersonator_user_id?: string | null
}

/**
 * A buyer cancels an order that is still cancellable (the ordering module's cancelRefusal: new,
 * not confirmed, assembled, shipped or paid; else 400 with the reason): the B2B status becomes the
 * cancel status (source "portal", so 1C's next mode=query takes the order with it), Medusa's
 * cancelOrderWorkflow cancels the order (its reservations are deleted, its payment cancelled,
 * order.canceled emitted), the credit exposure is released and the account re-evaluated, the
 * outbound push queue (ONE_C_PUSH_URL) sends the order again, and ordering.order.canceled is
 * emitted. A failure rolls back what was written.
 */
export const cancelB2bOrderWorkflow = createWorkflow(
  "ordering-cancel-b2b-order",
  (input: CancelB2bOrderInput) => {
    const check = checkOrderCancellableStep(
      transform({ input }, ({ input }) => ({ order_id: input.order_id }))
    )
    writeOrderStateStep(
      transform({ input, check }, ({ input, check }) => ({
        order_id: input.order_id,
        code: check.to,
        source: "portal" as const,
        changed_by: input.customer_id,
        comment: "cancelled by the buyer",
      }))
    )
    cancelOrderWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        canceled_by: input.customer_id,
      })),
    })
    const accounts = setOrderExposureStatusStep(
      transform({ input }, ({ input }) => ({
        order_ids: [input.order_id],
        status: "released" as const,
      }))
    )
    refreshCreditStateStep(accounts)
    requeueOrderPushStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
    recordAuditStep(
      transform({ input, check }, ({ input, check }) => [
        {
          action: "order.canceled",
          actor_type: "customer" as const,
          actor_id: input.customer_id,
          impersonator_user_id: input.impersonator_user_id ?? null,
          resource_type: "order",
          resource_id: input.order_id,
          legal_entity_id: input.legal_entity_id,
          data: { from: check.from, to: check.to },
        },
      ])
    )
    emitEventStep({
      eventName: OrderingEvents.ORDER_CANCELED,
      data: transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        legal_entity_id: input.legal_entity_id,
        customer_id: input.customer_id,
      })),
    })
    return new WorkflowResponse(
      transform({ input, check }, ({ input, check }) => ({
        order_id: input.order_id,
        from: check.from,
        status: check.to,
      }))
    )
  }
)
