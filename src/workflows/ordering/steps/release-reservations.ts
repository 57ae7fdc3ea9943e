import { ContainerRegistrationKeys, Modules, OrderStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { portalSettings } from "../../../lib/portal-settings"

type Released = {
  order_id: string
  display_id: number
  email: string | null
  reservations: {
    inventory_item_id: string
    location_id: string
    quantity: number
    line_item_id: string | null
    description?: string | null
  }[]
}

/**
 * Finds placed orders whose reservation term (per status) has run out, or — with `order_ids` —
 * exactly those orders, and deletes their stock reservations. Compensation re-creates them.
 */
export const releaseReservationsStep = createStep(
  "ordering-release-reservations",
  async (input: { now: string; order_ids?: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const inventory = container.resolve(Modules.INVENTORY)
    const hours = portalSettings().reservationHoursByStatus
    const now = new Date(input.now)
    let orders: any[] = []
    if (input.order_ids?.length) {
      orders = (
        await query.graph({
          entity: "order",
          fields: ["id", "display_id", "email", "status", "created_at", "items.id"],
          filters: { id: input.order_ids },
        })
      ).data
    } else {
      for (const [status, h] of Object.entries(hours)) {
        const before = new Date(now.getTime() - h * 3600_000)
        const { data } = await query.graph({
          entity: "order",
          fields: ["id", "display_id", "email", "status", "created_at", "items.id"],
          filters: { status: status as OrderStatus, created_at: { $lt: before } },
          pagination: { take: 500 },
        })
        orders.push(...data)
      }
    }
    const released: Released[] = []
    for (const o of orders) {
      const lineIds = ((o.items ?? []) as { id: string }[]).map((i) => i.id)
      if (!lineIds.length) continue
      const rows = await inventory.listReservationItems({ line_item_id: lineIds }, { take: null })
      if (!rows.length) continue
      await inventory.deleteReservationItems(rows.map((r) => r.id))
      released.push({
        order_id: o.id,
        display_id: o.display_id,
        email: o.email ?? null,
        reservations: rows.map((r) => ({
          inventory_item_id: r.inventory_item_id,
          location_id: r.location_id,
          // cast to any: query.graph/module results are typed without the relations and raw fields requested here
          quantity: Number((r as any).raw_quantity?.value ?? r.quantity),
          line_item_id: r.line_item_id ?? null,
          description: r.description ?? null,
        })),
      })
    }
    return new StepResponse(released, released)
  },
  async (released, { container }) => {
    if (!released?.length) return
    await container
      .resolve(Modules.INVENTORY)
      .createReservationItems(released.flatMap((r) => r.reservations))
  }
)
