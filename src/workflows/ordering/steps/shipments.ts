import { ContainerRegistrationKeys, MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { quantity, shipmentStatus, transitionError } from "../../../modules/ordering"

export type ShipmentLabel = { tracking_number: string; tracking_url: string; label_url: string }

export type CreateShipmentInput = {
  order_id: string
  location_id: string
  items: { id: string; quantity: number }[]
  labels?: ShipmentLabel[]
  ship_now?: boolean
  created_by?: string
}

export type UpdateShipmentInput = {
  order_id: string
  fulfillment_id: string
  status: "shipped" | "delivered" | "canceled"
  labels?: ShipmentLabel[]
  created_by?: string
}

const invalid = (msg: string) => new MedusaError(MedusaError.Types.INVALID_DATA, msg)

type ReservationFix =
  | {
      kind: "create"
      line_item_id: string
      inventory_item_id: string
      location_id: string
      quantity: number
      allow_backorder: boolean
    }
  | { kind: "grow"; id: string; from: number; to: number }

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
    const order = orders[0] as any
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
    const location = locations[0] as any
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
          `items[${i}].quantity: ${it.quantity} of "${line.variant_sku || line.title}" asked, only ${quantity(left as any)} of ${quantity(line.quantity)} not yet in a shipment`
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
              `items[${l.index}].quantity: only ${quantity(available as any)} of "${l.line.variant_sku || l.line.title}" available at warehouse "${location.name}"`
            )
          }
          // Medusa consumes each reservation of the line in full: one reservation must cover the quantity
          if (!own.length) {
            fixes.push({
              kind: "create",
              line_item_id: l.line.id,
              inventory_item_id: ii.inventory_item_id,
              location_id: input.location_id,
              quantity: quantity(need as any),
              allow_backorder: !!l.line.variant.allow_backorder,
            })
          } else {
            for (const r of own) {
              if (MathBN.lt(r.quantity, need))
                fixes.push({
                  kind: "grow",
                  id: r.id,
                  from: quantity(r.quantity as any),
                  to: quantity(need as any),
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
    const order = data[0] as any
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
