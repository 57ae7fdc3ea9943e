import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { SplitLine, Stock } from "../../../modules/ordering"

/**
 * The warehouses a placement may ship from and their free stock of the cart's inventory items:
 * the pickup warehouse of the checkout details; for delivery the warehouses of the cart's sales
 * channel (those in the counterparty's sales region when there are such), and each seller
 * organization's own warehouses among them.
 */
export async function placementStock(
  container: Pick<MedusaContainer, "resolve">,
  input: {
    cart: { sales_channel_id?: string | null }
    checkout: { delivery_method?: string; pickup_location_id?: string | null } | null
    lines: SplitLine[]
    sellers: (string | null)[]
    region_code: string | null
  }
) {
  const { cart, checkout, lines, sellers } = input
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // candidate warehouses
  let candidates: string[] = []
  const pickup =
    checkout?.delivery_method === "pickup" ? (checkout.pickup_location_id ?? null) : null
  const sellerLocations = new Map<string, string[]>()
  if (pickup) candidates = [pickup]
  else if (cart.sales_channel_id) {
    const { data: sc } = await query.graph({
      entity: "sales_channel",
      fields: ["id", "stock_locations.id", "stock_locations.metadata"],
      filters: { id: cart.sales_channel_id },
    })
    const locs = (sc[0]?.stock_locations ?? []) as {
      id: string
      metadata: Record<string, unknown> | null
    }[]
    const inRegion = input.region_code
      ? locs.filter((l) => l.metadata?.region_code === input.region_code)
      : []
    candidates = (inRegion.length ? inRegion : locs).map((l) => l.id)
    const named = sellers.filter((s): s is string => !!s)
    if (named.length) {
      const { data: orgs } = await query.graph({
        entity: "b2b_seller_organization",
        fields: ["id", "stock_locations.id"],
        filters: { id: named },
      })
      // cast to any: query.graph/module results are typed without the relations and raw fields requested here
      for (const o of orgs as any[])
        sellerLocations.set(
          o.id,
          ((o.stock_locations ?? []) as { id: string }[]).map((l) => l.id)
        )
    }
  }

  const itemIds = [...new Set(lines.flatMap((l) => l.inventory.map((x) => x.inventory_item_id)))]
  const stock: Stock = new Map()
  if (itemIds.length && candidates.length) {
    const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels(
      { inventory_item_id: itemIds, location_id: candidates },
      {
        take: null,
      }
    )
    // cast to any: query.graph/module results are typed without the relations and raw fields requested here
    for (const lv of levels as any[]) {
      const m = stock.get(lv.location_id) ?? new Map<string, number>()
      m.set(
        lv.inventory_item_id,
        Math.max(0, Number(lv.stocked_quantity) - Number(lv.reserved_quantity))
      )
      stock.set(lv.location_id, m)
    }
  }
  return { candidates, pickup, sellerLocations, stock }
}
