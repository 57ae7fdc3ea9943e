import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bumpPricingVersionStep } from "../steps/bump-pricing-version"
import { softDeletePricingRowsStep } from "../steps/soft-delete-pricing-rows"
import { PRICING_ENTITIES, type PricingEntityPath } from "../utils/pricing-entities"

const eventOf = (path: PricingEntityPath) => path.replace(/-/g, "_")

const deleteRowsWorkflow = (path: PricingEntityPath) =>
  createWorkflow(`pricing-delete-${path}`, (input: { ids: string[] }) => {
    softDeletePricingRowsStep({ entity: path, ids: input.ids })
    bumpPricingVersionStep()
    emitEventStep({ eventName: `pricing.${eventOf(path)}.deleted`, data: { ids: input.ids } })
    return new WorkflowResponse(input.ids)
  })

/** Soft-deletes rows of a pricing entity (one workflow per entity, `pricing-delete-<path>`). */
export const deletePricingRowsWorkflows = Object.fromEntries(
  (Object.keys(PRICING_ENTITIES) as PricingEntityPath[]).map((p) => [p, deleteRowsWorkflow(p)])
) as Record<PricingEntityPath, ReturnType<typeof deleteRowsWorkflow>>
