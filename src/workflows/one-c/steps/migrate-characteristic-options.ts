import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ONE_C_MODULE } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"
import { restoreRemovedBase, syncCharacteristicVariants } from "../utils/characteristic-variants"
import { skuAllocator } from "../utils/variants"

/**
 * Products imported before characteristics became options (one option «Вариант» whose values are
 * whole strings, «Цвет: Белый, Объём: 0,9 л», beside a base «Основной» variant): their options
 * re-planned from those strings, variant ids kept, the base variant replaced as a new import would
 * (soft-deleted, or kept unsellable when an order or a cart holds it). A product already converted
 * plans to what it has and is not written. Compensation restores the base variants it removed.
 */
export const migrateCharacteristicOptionsStep = createStep(
  "one-c-migrate-characteristic-options",
  async (input: { product_ids: string[] }, { container }) => {
    const synced = await syncCharacteristicVariants(
      container,
      [],
      await skuAllocator(container.resolve(Modules.PRODUCT), []),
      input.product_ids
    )
    await container.resolve<OneCModuleService>(ONE_C_MODULE).upsertMappings(synced.mappings)
    return new StepResponse(
      {
        products: input.product_ids.length,
        variants_updated: synced.updated,
        base_removed: synced.removed_variants.length,
        messages: [...synced.warnings, ...synced.messages],
      },
      synced
    )
  },
  async (synced, { container }) => {
    if (synced) await restoreRemovedBase(container, synced)
  }
)
