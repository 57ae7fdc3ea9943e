import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bumpPricingVersionStep } from "../steps/bump-pricing-version"
import { createPricingRowsStep } from "../steps/create-pricing-rows"
import { PRICING_ENTITIES, type PricingEntityPath } from "../utils/pricing-entities"

const eventOf = (path: PricingEntityPath) => path.replace(/-/g, "_")

const createRowsWorkflow = (path: PricingEntityPath) =>
  createWorkflow(`pricing-create-${path}`, (input: { rows: Record<string, unknown>[] }) => {
    const created = createPricingRowsStep({ entity: path, rows: input.rows })
    bumpPricingVersionStep()
    emitEventStep({
      eventName: `pricing.${eventOf(path)}.created`,
      data: transform({ created }, ({ created }) => ({ ids: created.map((c) => c.id) })),
    })
    return new WorkflowResponse(created)
  })

/** Creates rows of a pricing entity (one workflow per entity, `pricing-create-<path>`). */
export const createPricingRowsWorkflows = Object.fromEntries(
  (Object.keys(PRICING_ENTITIES) as PricingEntityPath[]).map((p) => [p, createRowsWorkflow(p)])
) as Record<PricingEntityPath, ReturnType<typeof createRowsWorkflow>>
