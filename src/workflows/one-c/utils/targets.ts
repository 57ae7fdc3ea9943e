import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { pluginOptions } from "../../../lib/plugin-options"

/** Where imported products go: the sales channel (ONE_C_SALES_CHANNEL_ID, else the store's default) and the default shipping profile. */
export async function catalogTargets(container: MedusaContainer) {
  let salesChannelId = pluginOptions().oneC.salesChannelId || null
  if (!salesChannelId) {
    const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
    salesChannelId = store?.default_sales_channel_id ?? null
  }
  if (!salesChannelId) {
    const [sc] = await container
      .resolve(Modules.SALES_CHANNEL)
      .listSalesChannels({}, { take: 1, order: { created_at: "ASC" } })
    salesChannelId = sc?.id ?? null
  }
  const profiles = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingProfiles({ type: "default" }, { take: 1 })
  return { salesChannelId, shippingProfileId: profiles[0]?.id ?? null }
}

export type CatalogTargets = Awaited<ReturnType<typeof catalogTargets>>

/**
 * The links a new imported product needs, as `link.create` takes them (and `link.dismiss` undoes):
 * each variant to its inventory item, each product to the sales channel and the shipping profile.
 * The set-based path writes these rows itself and returns the same descriptors for compensation.
 */
export function catalogLinks(
  variantItems: { variant_id: string; inventory_item_id: string }[],
  productIds: string[],
  targets: CatalogTargets
) {
  const { salesChannelId, shippingProfileId } = targets
  return [
    ...variantItems.map((r) => ({
      [Modules.PRODUCT]: { variant_id: r.variant_id },
      [Modules.INVENTORY]: { inventory_item_id: r.inventory_item_id },
    })),
    ...(salesChannelId
      ? productIds.map((product_id) => ({
          [Modules.PRODUCT]: { product_id },
          [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId },
        }))
      : []),
    ...(shippingProfileId
      ? productIds.map((product_id) => ({
          [Modules.PRODUCT]: { product_id },
          [Modules.FULFILLMENT]: { shipping_profile_id: shippingProfileId },
        }))
      : []),
  ]
}

export const slug = (s: string, suffix: string) => {
  const head = s
    .toLowerCase()
    .replace(/[^a-zа-яё0-9]+/gi, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "")
  const tail = suffix
    .replace(/[^a-z0-9]/gi, "")
    .slice(0, 8)
    .toLowerCase()
  return head ? `${head}-${tail}` : tail
}
