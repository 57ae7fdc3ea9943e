import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { quantity, shipmentStatus, transitionError } from "../../../modules/ordering"
import { UpdateShipmentInput, invalid } from "../utils/shipments"

/**
 * Checks a status change of a shipment (a fulfillment of this order) against its current status
 * and returns what Medusa's workflows need: the lines it carries and its labels (kept when new
 * tracking is added on shipping). Reads only.
 */
export const validateShipmentTransitionStep = createStep(
  "ordering-validate-shipment-transition",
  async (input: UpdateShipmentInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "status",
        "fulfillments.id",
        "fulfillments.packed_at",
        "fulfillments.shipped_at",
        "fulfillments.delivered_at",
        "fulfillments.canceled_at",
        "fulfillments.items.line_item_id",
        "fulfillments.items.quantity",
        "fulfillments.labels.id",
        "fulfillments.labels.tracking_number",
        "fulfillments.labels.tracking_url",
        "fulfillments.labels.label_url",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0]
    if (!order)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order with id ${input.order_id} was not found`
      )
    const f = (order.fulfillments ?? []).find((x: any) => x?.id === input.fulfillment_id)
    if (!f)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Shipment with id ${input.fulfillment_id} was not found in order ${order.id}`
      )
    if (order.status === "canceled") throw invalid(`status: order ${order.id} is canceled`)
    const from = shipmentStatus(f)
    const reason = transitionError(from, input.status)
    if (reason) throw invalid(`status: ${reason} (shipment ${f.id} is ${from})`)
    const lineIds: string[] = [
      ...new Set<string>((f.items ?? []).map((i: any) => i.line_item_id as string)),
    ]
    const items = lineIds.map((id) => ({
      id,
      quantity: (f.items ?? [])
        .filter((i: any) => i.line_item_id === id)
        .reduce((a: number, i: any) => Math.max(a, quantity(i.quantity)), 0),
    }))
    const labels = [
      ...(f.labels ?? []).map((l: any) => ({
        id: l.id,
        tracking_number: l.tracking_number,
        tracking_url: l.tracking_url,
        label_url: l.label_url,
      })),
      ...(input.labels ?? []),
    ]
    return new StepResponse({ from, items, labels })
  }
)
