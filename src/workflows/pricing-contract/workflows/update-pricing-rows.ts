import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bumpPricingVersionStep } from "../steps/bump-pricing-version"
import { updatePricingRowsStep } from "../steps/update-pricing-rows"
import {
  PRICING_ENTITIES,
  type PricingEntityPath,
  type PricingRow,
} from "../utils/pricing-entities"

const eventOf = (path: PricingEntityPath) => path.replace(/-/g, "_")

const updateRowsWorkflow = (path: PricingEntityPath) =>
  createWorkflow(`pricing-update-${path}`, (input: { rows: PricingRow[] }) => {
    const updated = updatePricingRowsStep({ entity: path, rows: input.rows })
    bumpPricingVersionStep()
    emitEventStep({
      eventName: `pricing.${eventOf(path)}.updated`,
      data: transform({ input }, ({ input }) => ({ ids: input.rows.map((r) => r.id) })),
    })
    return new WorkflowResponse(updated)
  })

/** Updates rows of a pricing entity (one workflow per entity, `pricing-update-<path>`). */
export const updatePricingRowsWorkflows = Object.fromEntries(
  (Object.keys(PRICING_ENTITIES) as PricingEntityPath[]).map((p) => [p, updateRowsWorkflow(p)])
) as Record<PricingEntityPath, ReturnType<typeof updateRowsWorkflow>>
