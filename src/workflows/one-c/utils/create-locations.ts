import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { catalogTargets } from "./targets"

/** Stock locations for 1C warehouses, available in the catalog's sales channel. */
export async function createLocations(
  container: any,
  rows: { name: string; address: string | null }[]
): Promise<string[]> {
  const stock = container.resolve(Modules.STOCK_LOCATION)
  const created = await stock.createStockLocations(
    rows.map((r) => ({
      name: r.name,
      metadata: r.address ? { address: r.address, source: "1c" } : { source: "1c" },
    }))
  )
  const { salesChannelId } = await catalogTargets(container)
  if (salesChannelId) {
    await container.resolve(ContainerRegistrationKeys.LINK).create(
      created.map((l: any) => ({
        [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId },
        [Modules.STOCK_LOCATION]: { stock_location_id: l.id },
      }))
    )
  }
  return created.map((l: any) => l.id)
}
