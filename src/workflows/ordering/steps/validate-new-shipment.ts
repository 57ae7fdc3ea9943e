import { ContainerRegistrationKeys, MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { quantity } from "../../../modules/ordering"
import { CreateShipmentInput, ReservationFix, invalid } from "../utils/shipments"

/**
 * Checks a new shipment before Medusa's createOrderFulfillmentWorkflow runs: the warehouse exists
 * and ships (a shipping option of its fulfillment sets, or the order's own), each line belongs to
 * the order, is listed once, is stocked at the warehouse, and its quantity does not exceed what is
 * not yet fulfilled. Also works out the stock reservations Medusa needs for managed variants
 * (an order whose reservation was released or expired has none). Reads only.
 */
export const validateNewShipmentStep = createStep(
  "ordering-validate-new-shipment",
  async (input: CreateShipmentInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "status",
        "shipping_methods.shipping_option_id",
        "items.*",
        "items.detail.*",
        "items.variant.manage_inventory",
        "items.variant.allow_backorder",
        "items.variant.product.shipping_profile.id",
        "items.variant.inventory_items.inventory_item_id",
        "items.variant.inventory_items.required_quantity",
      ],
      filters: { id: input.order_id },
    })
    const order = orders[0]
    if (!order)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order with id ${input.order_id} was not found`
      )
    if (order.status === "canceled")
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order ${order.id} is canceled: nothing can be shipped`
      )

    const { data: locations } = await query.graph({
      entity: "stock_location",
      fields: [
        "id",
        "name",
        "fulfillment_sets.service_zones.shipping_options.id",
        "fulfillment_sets.service_zones.shipping_options.shipping_profile_id",
      ],
      filters: { id: input.location_id },
    })
    const location = locations[0]
    if (!location) throw invalid(`location_id: warehouse ${input.location_id} was not found`)

    if (!input.items.length) throw invalid("items: list at least one line to ship")
    const byId = new Map<string, any>((order.items ?? []).map((i: any) => [i.id, i]))
    const seen = new Set<string>()
    const lines = input.items.map((it, i) => {
      const line = byId.get(it.id)
      if (!line) throw invalid(`items[${i}].id: line ${it.id} is not in order ${order.id}`)
      if (seen.has(it.id)) throw invalid(`items[${i}].id: line ${it.id} is listed twice`)
      seen.add(it.id)
      const left = MathBN.sub(line.quantity, line.detail?.fulfilled_quantity ?? 0)
      if (MathBN.gt(it.quantity, left)) {
        throw invalid(
          `items[${i}].quantity: ${it.quantity} of "${line.variant_sku || line.title}" asked, only ${quantity(left)} of ${quantity(line.quantity)} not yet in a shipment`
        )
      }
      return { input: it, index: i, line }
    })

    // a shipping option of the warehouse (matching the lines' shipping profile), else the order's
    const profiles = new Set(
      lines.map((l) => l.line.variant?.product?.shipping_profile?.id).filter(Boolean)
    )
    const options = (location.fulfillment_sets ?? [])
      .flatMap((s: any) => (s?.service_zones ?? []).flatMap((z: any) => z?.shipping_options ?? []))
      .filter(Boolean)
    const ordered = (order.shipping_methods ?? [])
      .map((m: any) => m?.shipping_option_id)
      .filter(Boolean) as string[]
    const fits = (o: any) => !profiles.size || profiles.has(o.shipping_profile_id)
    const shipping_option_id: string | undefined =
      options.find((o: any) => ordered.includes(o.id) && fits(o))?.id ??
      options.find(fits)?.id ??
      ordered[0]
    if (!shipping_option_id) {
      throw invalid(
        `location_id: warehouse "${location.name}" has no shipping option (link it to a fulfillment set with one)`
      )
    }

    // managed variants: stocked at the warehouse, with a reservation Medusa can consume
    const inventory = container.resolve(Modules.INVENTORY)
    const managed = lines.filter(
      (l) => l.line.variant?.manage_inventory && l.line.variant?.inventory_items?.length
    )
    const fixes: ReservationFix[] = []
    if (managed.length) {
      const invIds = [
        ...new Set(
          managed.flatMap((l) =>
            l.line.variant.inventory_items.map((x: any) => x.inventory_item_id)
          )
        ),
      ]
      const levels = await inventory.listInventoryLevels(
        { inventory_item_id: invIds, location_id: input.location_id },
        { take: null }
      )
      const reservations = await inventory.listReservationItems(
        { line_item_id: managed.map((l) => l.line.id) },
        { take: null }
      )
      for (const l of managed) {
        for (const ii of l.line.variant.inventory_items) {
          const level = levels.find((x) => x.inventory_item_id === ii.inventory_item_id)
          if (!level)
            throw invalid(
              `items[${l.index}].id: "${l.line.variant_sku || l.line.title}" is not stocked at warehouse "${location.name}"`
            )
          const need = MathBN.mult(l.input.quantity, ii.required_quantity ?? 1)
          const own = reservations.filter(
            (r) => r.line_item_id === l.line.id && r.inventory_item_id === ii.inventory_item_id
          )
          const ownHere = own
            .filter((r) => r.location_id === input.location_id)
            .reduce((a, r) => MathBN.add(a, r.quantity), MathBN.convert(0))
          const available = MathBN.add(
            MathBN.sub(level.stocked_quantity, level.reserved_quantity),
            ownHere
          )
          if (!l.line.variant.allow_backorder && MathBN.gt(need, available)) {
            throw invalid(
              `items[${l.index}].quantity: only ${quantity(available)} of "${l.line.variant_sku || l.line.title}" available at warehouse "${location.name}"`
            )
          }
          // Medusa consumes each reservation of the line in full: one reservation must cover the quantity
          if (!own.length) {
            fixes.push({
              kind: "create",
              line_item_id: l.line.id,
              inventory_item_id: ii.inventory_item_id,
              location_id: input.location_id,
              quantity: quantity(need),
              allow_backorder: !!l.line.variant.allow_backorder,
            })
          } else {
            for (const r of own) {
              if (MathBN.lt(r.quantity, need))
                fixes.push({
                  kind: "grow",
                  id: r.id,
                  from: quantity(r.quantity),
                  to: quantity(need),
                })
            }
          }
        }
      }
    }
    return new StepResponse({
      shipping_option_id,
      location_name: location.name as string,
      reservation_fixes: fixes,
    })
  }
)
