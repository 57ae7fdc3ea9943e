import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ONE_C_MODULE, type CmlOffer } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"
import { characteristicsHash, skuAllocator } from "../utils/variants"
import {
  restoreRemovedBase,
  syncCharacteristicVariants,
  type SyncItem,
} from "../utils/characteristic-variants"

/**
 * Offers of characteristics (УТ 11 puts characteristics on offers, not on products): a characteristic
 * the catalog did not list becomes a variant of its known product, and a known one whose
 * ХарактеристикиТовара changed gets its new option values, before prices and stock are applied
 * (the product's options re-planned: one per characteristic name, its base «Основной» variant
 * replaced). An offer without ХарактеристикиТовара (prices and rests files) changes no option.
 * Compensation removes the variants it added and restores the base variants it removed.
 */
export const ensureOfferVariantsStep = createStep(
  "one-c-ensure-offer-variants",
  async (input: { offers: CmlOffer[] }, { container }) => {
    const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
    const withChar = input.offers.filter((o) => o.characteristic_id)
    const none = { created: 0, updated: 0, warnings: [] as string[], messages: [] as string[] }
    if (!withChar.length) return new StepResponse(none, null)
    const known = await onec.mappingsFor(
      "variant",
      withChar.map((o) => o.id)
    )
    const changed = withChar.filter((o) => {
      const m = known.get(o.id)
      return (
        m &&
        o.characteristics.length &&
        !(m.data as { retired?: boolean } | null)?.retired &&
        m.hash !== characteristicsHash(o.characteristics)
      )
    })
    const missing = withChar.filter((o) => !known.has(o.id))
    const products = await onec.mappingsFor("product", [
      ...new Set([...missing, ...changed].map((o) => o.base_id)),
    ])
    const source = (o: CmlOffer) => ({
      id: o.id,
      characteristic_id: o.characteristic_id,
      sku: o.sku,
      barcodes: o.barcode ? [o.barcode] : [],
      characteristics: o.characteristics,
      name: o.name,
    })
    const items: SyncItem[] = [
      ...new Map(
        [...missing, ...changed]
          .filter((o) => products.has(o.base_id))
          .map((o) => [o.id, o] as const)
      ).values(),
    ].map((o) => ({
      productId: products.get(o.base_id)!.internal_id,
      p: source(o),
      variantId: known.get(o.id)?.internal_id,
    }))
    if (!items.length) return new StepResponse(none, null)
    const productModule = container.resolve(Modules.PRODUCT)
    const synced = await syncCharacteristicVariants(
      container,
      items,
      await skuAllocator(
        productModule,
        items.filter((a) => !a.variantId).map((a) => a.p)
      )
    )
    await onec.upsertMappings(synced.mappings)
    return new StepResponse(
      {
        created: synced.variants.length,
        updated: synced.updated,
        warnings: synced.warnings,
        messages: synced.messages,
      },
      synced
    )
  },
  async (added, { container }) => {
    if (!added) return
    if (added.links.length)
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss(added.links)
    if (added.inventory.length)
      await container.resolve(Modules.INVENTORY).deleteInventoryItems(added.inventory)
    if (added.variants.length)
      await container.resolve(Modules.PRODUCT).deleteProductVariants(added.variants)
    await container.resolve<OneCModuleService>(ONE_C_MODULE).deleteMappings(
      "variant",
      added.mappings.filter((m) => added.variants.includes(m.internal_id)).map((m) => m.external_id)
    )
    await restoreRemovedBase(container, added)
  }
)
