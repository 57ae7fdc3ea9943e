import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, completeCartWorkflow } from "@medusajs/medusa/core-flows"
import type { B2BCompleteCartInput, PlacementCounterparty } from "../utils/place-order"

/**
 * Completes the carts one by one through Medusa's completeCartWorkflow (credit check, stock
 * reservation and order.placed subscribers per order), siblings first and the original cart last.
 * If one fails, the orders already placed are cancelled (stock and credit given back) and the
 * error is passed on; the compensation does the same when a later step fails. Each completion
 * carries the placement's counterparty in its input, where the credit hook reads it.
 */
export const completeSplitCartsStep = createStep(
  "ordering-complete-split-carts",
  async (
    input: { cart_ids: string[]; counterparty: PlacementCounterparty | null },
    { container }
  ) => {
    const placed: { cart_id: string; order_id: string }[] = []
    const sequence = [...input.cart_ids.slice(1), input.cart_ids[0]]
    const b2b_counterparty = input.counterparty
      ? {
          legal_entity_id: input.counterparty.legal_entity_id,
          holding_id: input.counterparty.holding_id,
        }
      : null
    try {
      for (const cart_id of sequence) {
        const completion: B2BCompleteCartInput = { id: cart_id, b2b_counterparty }
        const { result } = await completeCartWorkflow(container).run({ input: completion })
        placed.push({ cart_id, order_id: (result as { id: string }).id })
      }
    } catch (e) {
      await cancelOrders(
        container,
        placed.map((p) => p.order_id)
      )
      throw e
    }
    const byCart = new Map(placed.map((p) => [p.cart_id, p.order_id]))
    const orderIds = input.cart_ids.map((c) => byCart.get(c)!)
    return new StepResponse({ order_ids: orderIds }, orderIds)
  },
  async (orderIds, { container }) => {
    if (orderIds?.length) await cancelOrders(container, orderIds)
  }
)

async function cancelOrders(container: any, ids: string[]) {
  for (const order_id of [...ids].reverse()) {
    await cancelOrderWorkflow(container).run({ input: { order_id } })
  }
}
