import { createPricingRowsWorkflows } from "./create-pricing-rows"
import { deletePricingRowsWorkflows } from "./delete-pricing-rows"
import { updatePricingRowsWorkflows } from "./update-pricing-rows"
import { PRICING_ENTITIES, type PricingEntityPath } from "../utils/pricing-entities"

export { PRICING_ENTITIES, type PricingEntityPath }

/** The admin pricing API's workflows per entity path (create, update, remove). */
export const pricingWorkflows = Object.fromEntries(
  (Object.keys(PRICING_ENTITIES) as PricingEntityPath[]).map((p) => [
    p,
    {
      create: createPricingRowsWorkflows[p],
      update: updatePricingRowsWorkflows[p],
      remove: deletePricingRowsWorkflows[p],
    },
  ])
) as {
  [P in PricingEntityPath]: {
    create: (typeof createPricingRowsWorkflows)[P]
    update: (typeof updatePricingRowsWorkflows)[P]
    remove: (typeof deletePricingRowsWorkflows)[P]
  }
}
