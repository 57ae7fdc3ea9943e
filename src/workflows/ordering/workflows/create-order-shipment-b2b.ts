import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
} from "@medusajs/medusa/core-flows"
import { type CreateShipmentInput } from "../utils/shipments"
import { ensureShipmentReservationsStep } from "../steps/ensure-shipment-reservations"
import { validateNewShipmentStep } from "../steps/validate-new-shipment"

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
