import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { quantity } from "../../../modules/ordering"
import { ReservationFix, invalid } from "../utils/shipments"

/**
 * Gives every managed line of the shipment a reservation Medusa's fulfillment can consume (creates
 * a missing one at the warehouse, raises a too small one). Compensation deletes / restores them.
 */
export const ensureShipmentReservationsStep = createStep(
  "ordering-ensure-shipment-reservations",
  async (fixes: ReservationFix[], { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const created: string[] = []
    const grown: { id: string; quantity: number }[] = []
    try {
      const toCreate = fixes.filter((f) => f.kind === "create") as Extract<
        ReservationFix,
        { kind: "create" }
      >[]
      if (toCreate.length) {
        const rows = await inventory.createReservationItems(
          toCreate.map((f) => ({
            line_item_id: f.line_item_id,
            inventory_item_id: f.inventory_item_id,
            location_id: f.location_id,
            quantity: f.quantity,
            allow_backorder: f.allow_backorder,
            description: "shipment",
          }))
        )
        created.push(...rows.map((r) => r.id))
      }
      for (const f of fixes) {
        if (f.kind !== "grow") continue
        await inventory.updateReservationItems({ id: f.id, quantity: f.to })
        grown.push({ id: f.id, quantity: f.from })
      }
    } catch (e) {
      if (created.length) await inventory.deleteReservationItems(created)
      for (const g of grown) await inventory.updateReservationItems(g)
      throw invalid(`items: stock cannot be reserved for the shipment: ${(e as Error).message}`)
    }
    return new StepResponse({ created, grown }, { created, grown })
  },
  async (undo, { container }) => {
    if (!undo) return
    const inventory = container.resolve(Modules.INVENTORY)
    // Medusa's own compensation has restored what the fulfillment consumed by now
    const existing = undo.created.length
      ? await inventory.listReservationItems({ id: undo.created }, { take: null })
      : []
    if (existing.length) await inventory.deleteReservationItems(existing.map((r) => r.id))
    for (const g of undo.grown) {
      const [r] = await inventory.listReservationItems({ id: g.id }, { take: 1 })
      if (r) await inventory.updateReservationItems(g)
    }
  }
)
