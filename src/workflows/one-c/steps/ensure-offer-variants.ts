import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ONE_C_MODULE, type CmlOffer } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"
import { addVariantsToProducts, skuAllocator } from "../utils/variants"

/**
 * Offers of characteristics the catalog did not list (УТ 11 puts characteristics on offers, not
 * on products): the variant is added to its known product before prices and stock are applied.
 * Compensation removes the variants it added.
 */
export const ensureOfferVariantsStep = createStep(
  "one-c-ensure-offer-variants",
  async (input: { offers: CmlOffer[] }, { container }) => {
    const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
    const withChar = input.offers.filter((o) => o.characteristic_id)
    if (!withChar.length) return new StepResponse(0, null)
    const known = await onec.mappingsFor(
      "variant",
      withChar.map((o) => o.id)
    )
    const missing = withChar.filter((o) => !known.has(o.id))
    const products = await onec.mappingsFor("product", [...new Set(missing.map((o) => o.base_id))])
    const additions = [
      ...new Map(missing.filter((o) => products.has(o.base_id)).map((o) => [o.id, o])).values(),
    ].map((o) => ({
      productId: products.get(o.base_id)!.internal_id,
      p: {
        id: o.id,
        characteristic_id: o.characteristic_id,
        sku: o.sku,
        barcodes: o.barcode ? [o.barcode] : [],
        characteristics: o.characteristics,
        name: o.name,
      },
    }))
    if (!additions.length) return new StepResponse(0, null)
    const productModule = container.resolve(Modules.PRODUCT)
    const added = await addVariantsToProducts(
      container,
      additions,
      await skuAllocator(
        productModule,
        additions.map((a) => a.p)
      )
    )
    await onec.upsertMappings(added.mappings)
    return new StepResponse(added.variants.length, added)
  },
  async (added, { container }) => {
    if (!added) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(added.links)
    await container.resolve(Modules.INVENTORY).deleteInventoryItems(added.inventory)
    await container.resolve(Modules.PRODUCT).deleteProductVariants(added.variants)
    await container.resolve<OneCModuleService>(ONE_C_MODULE).deleteMappings(
      "variant",
      added.mappings.map((m) => m.external_id)
    )
  }
)
