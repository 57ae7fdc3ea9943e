import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ONE_C_MODULE } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"

/** Replaces the manual category mapping of one 1C group; compensation restores the previous one. */
export const saveCategoryMapStep = createStep(
  "one-c-save-category-map",
  async (input: { group_external_id: string; category_ids: string[] }, { container }) => {
    const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
    const before = await onec.listOnecCategoryMaps(
      { group_external_id: input.group_external_id },
      { take: null }
    )
    if (before.length) await onec.deleteOnecCategoryMaps(before.map((b) => b.id))
    if (input.category_ids.length)
      await onec.createOnecCategoryMaps(
        input.category_ids.map((category_id) => ({
          group_external_id: input.group_external_id,
          category_id,
        }))
      )
    return new StepResponse(input.category_ids, {
      group: input.group_external_id,
      previous: before.map((b) => b.category_id),
    })
  },
  async (prev, { container }) => {
    if (!prev) return
    const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
    const now = await onec.listOnecCategoryMaps({ group_external_id: prev.group }, { take: null })
    if (now.length) await onec.deleteOnecCategoryMaps(now.map((n) => n.id))
    if (prev.previous.length)
      await onec.createOnecCategoryMaps(
        prev.previous.map((category_id) => ({ group_external_id: prev.group, category_id }))
      )
  }
)
