import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Placement } from "../utils/place-order"

/** Tells every order of a split which its siblings are (order ids); compensation restores the metadata. */
export const linkSplitSiblingsStep = createStep(
  "ordering-link-split-siblings",
  async (input: { order_ids: string[]; placement: Placement }, { container }) => {
    const orderModule = container.resolve(Modules.ORDER)
    const orders = await orderModule.listOrders(
      { id: input.order_ids },
      { select: ["id", "display_id", "metadata"] }
    )
    const byId = new Map(orders.map((o: any) => [o.id, o]))
    const before = orders.map((o: any) => ({ id: o.id, metadata: o.metadata ?? null }))
    const updates = input.order_ids.map((id) => {
      const meta = byId.get(id)?.metadata ?? {}
      const split = { ...(meta.b2b_split ?? {}), siblings: input.order_ids.filter((x) => x !== id) }
      return { id, metadata: { ...meta, b2b_split: split } }
    })
    await orderModule.updateOrders(updates)
    const result = input.order_ids.map((id, n) => {
      const p = input.placement.orders[n]
      return {
        id,
        display_id: byId.get(id)?.display_id as number,
        key: p.key,
        kind: p.kind,
        seller_organization_id: p.seller_organization_id,
        location_id: p.location_id,
        preorder_date: p.preorder_date,
        ...(input.placement.mode === "shipments"
          ? { shipment_plan: p.metadata.b2b_shipment_plan }
          : {}),
      }
    })
    return new StepResponse(result, before)
  },
  async (before, { container }) => {
    if (before?.length) await container.resolve(Modules.ORDER).updateOrders(before)
  }
)
