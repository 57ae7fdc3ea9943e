import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  cancelOrderFulfillmentWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  type CreateShipmentInput,
  ensureShipmentReservationsStep,
  type UpdateShipmentInput,
  validateNewShipmentStep,
  validateShipmentTransitionStep,
} from "../steps/shipments"

/**
 * A shipment of an order = a Medusa fulfillment from one warehouse (stock location) with some of
 * the order's lines. Checked (warehouse, lines, quantities not yet fulfilled, stock), reservations
 * made good, then Medusa's createOrderFulfillmentWorkflow; with `ship_now` also Medusa's
 * createOrderShipmentWorkflow with the tracking labels (which emits `shipment.created`, on which
 * the documents subscriber renders the UPD). Every Medusa workflow here compensates itself.
 */
export const createOrderShipmentB2bWorkflow = createWorkflow(
  "ordering-create-order-shipment",
  (input: CreateShipmentInput) => {
    const checked = validateNewShipmentStep(input)
    ensureShipmentReservationsStep(
      transform({ checked }, ({ checked }) => checked.reservation_fixes)
    )
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ input, checked }, ({ input, checked }) => ({
        order_id: input.order_id,
        location_id: input.location_id,
        shipping_option_id: checked.shipping_option_id,
        items: input.items.map((i) => ({ id: i.id, quantity: i.quantity })),
        created_by: input.created_by,
        // tracking known before shipping is kept on the fulfillment; shipping now passes it there instead
        labels: input.ship_now ? [] : (input.labels ?? []),
      })),
    })
    when({ input }, ({ input }) => !!input.ship_now).then(() => {
      createOrderShipmentWorkflow.runAsStep({
        input: transform({ input, fulfillment }, ({ input, fulfillment }) => ({
          order_id: input.order_id,
          fulfillment_id: fulfillment.id,
          items: input.items.map((i) => ({ id: i.id, quantity: i.quantity })),
          labels: input.labels ?? [],
          created_by: input.created_by,
        })),
      })
    })
    return new WorkflowResponse(
      transform({ fulfillment }, ({ fulfillment }) => ({ id: fulfillment.id as string }))
    )
  }
)

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
          labels: checked.labels as any,
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
