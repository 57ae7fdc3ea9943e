import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  cancelOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import { type UpdateShipmentInput } from "../utils/shipments"
import { validateShipmentTransitionStep } from "../steps/validate-shipment-transition"

/**
 * Moves a shipment on through Medusa's own workflows: shipped (createOrderShipmentWorkflow, with
 * the tracking labels added to those it has), delivered (markOrderFulfillmentAsDeliveredWorkflow)
 * or canceled (cancelOrderFulfillmentWorkflow, which gives the quantities and reservations back).
 * Illegal moves (delivering a canceled or unshipped shipment, canceling a shipped one…) are refused
 * before anything is written.
 */
export const updateOrderShipmentB2bWorkflow = createWorkflow(
  "ordering-update-order-shipment",
  (input: UpdateShipmentInput) => {
    const checked = validateShipmentTransitionStep(input)
    when({ input }, ({ input }) => input.status === "shipped").then(() => {
      createOrderShipmentWorkflow.runAsStep({
        input: transform({ input, checked }, ({ input, checked }) => ({
          order_id: input.order_id,
          fulfillment_id: input.fulfillment_id,
          items: checked.items,
          labels: checked.labels,
          created_by: input.created_by,
        })),
      })
    })
    when({ input }, ({ input }) => input.status === "delivered").then(() => {
      markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          orderId: input.order_id,
          fulfillmentId: input.fulfillment_id,
        })),
      })
    })
    when({ input }, ({ input }) => input.status === "canceled").then(() => {
      cancelOrderFulfillmentWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          order_id: input.order_id,
          fulfillment_id: input.fulfillment_id,
          canceled_by: input.created_by,
        })),
      })
    })
    return new WorkflowResponse(
      transform({ input, checked }, ({ input, checked }) => ({
        id: input.fulfillment_id,
        from: checked.from,
        to: input.status,
      }))
    )
  }
)
