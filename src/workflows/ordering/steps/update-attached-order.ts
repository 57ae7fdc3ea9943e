import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type OrderPatch = { customer_id: string | null; metadata: Record<string, unknown> | null }

/** Sets the order's customer (when named) and records who attached it; compensation restores both. */
export const updateAttachedOrderStep = createStep(
  "b2b-guest-order-update",
  async (input: { order_id: string; next: OrderPatch; previous: OrderPatch }, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    await orders.updateOrders([
      {
        id: input.order_id,
        customer_id: input.next.customer_id ?? undefined,
        metadata: input.next.metadata,
      },
    ])
    return new StepResponse(input.order_id, { order_id: input.order_id, previous: input.previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve(Modules.ORDER).updateOrders([
      {
        id: undo.order_id,
        customer_id: undo.previous.customer_id ?? undefined,
        metadata: { ...(undo.previous.metadata ?? {}), b2b_guest_attached: null },
      },
    ])
  }
)
