import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

export type Availability = Record<string, { availability: number | null }>

/**
 * What a sales channel can sell of each variant whose stock is tracked (manage_inventory and no
 * backorder), computed as Medusa's `getVariantAvailability` does: per inventory item, the sum of
 * stocked − reserved over the channel's stock locations divided by the quantity the variant needs,
 * the smallest of those per variant (null when the variant has no inventory item). Variants not
 * tracked are left out. Leaner reads for hundreds of lines at once: the link rows, the channel's
 * locations and only the levels at those locations with the three columns needed (Medusa's helper
 * reads every column of every item and level through one nested graph: ~0.5 s for 500 variants).
 */
export async function trackedAvailability(
  container: MedusaContainer,
  variantIds: string[],
  salesChannelId: string
): Promise<Availability> {
  if (!variantIds.length) return {}
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: variants }, { data: links }, { data: channelLocations }] = await Promise.all([
    query.graph({
      entity: "product_variant",
      fields: ["id", "manage_inventory", "allow_backorder"],
      filters: { id: variantIds },
    }),
    query.graph({
      entity: "product_variant_inventory_items",
      fields: ["variant_id", "inventory_item_id", "required_quantity"],
      filters: { variant_id: variantIds },
    }),
    query.graph({
      entity: "sales_channel_locations",
      fields: ["stock_location_id"],
      filters: { sales_channel_id: salesChannelId },
    }),
  ])
  const tracked = (
    variants as { id: string; manage_inventory: boolean; allow_backorder: boolean }[]
  )
    .filter((v) => v.manage_inventory && !v.allow_backorder)
    .map((v) => v.id)
  if (!tracked.length) return {}
  const trackedSet = new Set(tracked)
  const itemLinks = (
    links as { variant_id: string; inventory_item_id: string; required_quantity: number }[]
  ).filter((l) => trackedSet.has(l.variant_id))
  const locationIds = [
    ...new Set(
      (channelLocations as { stock_location_id: string }[]).map((l) => l.stock_location_id)
    ),
  ]
  const itemIds = [...new Set(itemLinks.map((l) => l.inventory_item_id))]
  const levels =
    itemIds.length && locationIds.length
      ? await container
          .resolve(Modules.INVENTORY)
          .listInventoryLevels(
            { inventory_item_id: itemIds, location_id: locationIds },
            { select: ["inventory_item_id", "stocked_quantity", "reserved_quantity"], take: null }
          )
      : []
  const availableOfItem = new Map<string, number>()
  for (const l of levels)
    availableOfItem.set(
      l.inventory_item_id,
      (availableOfItem.get(l.inventory_item_id) ?? 0) +
        Number(l.stocked_quantity) -
        Number(l.reserved_quantity)
    )
  const out: Availability = {}
  for (const id of tracked) out[id] = { availability: null }
  for (const l of itemLinks) {
    const can = Math.floor(
      (availableOfItem.get(l.inventory_item_id) ?? 0) / Number(l.required_quantity)
    )
    const cur = out[l.variant_id].availability
    out[l.variant_id].availability = cur === null ? can : Math.min(cur, can)
  }
  return out
}

/**
 * Refuses quantities the cart's sales channel cannot sell, with the error Medusa's add-to-cart and
 * line update give (confirmVariantInventoryWorkflow): NOT_ALLOWED, "Some variant does not have the
 * required inventory". Variants whose stock is not tracked pass.
 */
export async function assertAvailable(
  container: MedusaContainer,
  salesChannelId: string | null | undefined,
  quantities: Map<string, number>
): Promise<void> {
  if (!quantities.size) return
  const ids = [...quantities.keys()]
  const available = salesChannelId
    ? await trackedAvailability(container, ids, salesChannelId)
    : null
  const short = ids.filter((id) => {
    if (!available) return false
    const a = available[id]
    return a !== undefined && (a.availability ?? 0) < (quantities.get(id) ?? 0)
  })
  if (short.length)
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Some variant does not have the required inventory",
      MedusaError.Codes.INSUFFICIENT_INVENTORY
    )
}
