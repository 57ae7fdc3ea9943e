import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ONE_C_MODULE } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"

/** Archives (status draft, never deletes) published products a completed full export no longer contains. */
export const archiveMissingProductsStep = createStep(
  "one-c-archive-missing-products",
  async (input: { session_id: string }, { container }) => {
    const ids = await container
      .resolve<OneCModuleService>(ONE_C_MODULE)
      .productsMissingFrom(input.session_id)
    if (!ids.length) return new StepResponse(0, [] as string[])
    const product = container.resolve(Modules.PRODUCT)
    const live = (
      await product.listProducts({ id: ids, status: "published" }, { select: ["id"], take: null })
    ).map((p) => p.id)
    if (live.length)
      await product.upsertProducts(live.map((id) => ({ id, status: "draft" as const })))
    return new StepResponse(live.length, live)
  },
  async (ids, { container }) => {
    if (ids?.length)
      await container
        .resolve(Modules.PRODUCT)
        .upsertProducts(ids.map((id) => ({ id, status: "published" as const })))
  }
)
