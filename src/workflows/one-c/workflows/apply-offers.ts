import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyOfferPricesStep } from "../steps/apply-offer-prices"
import { applyStockStep } from "../steps/apply-stock"
import { ensureOfferVariantsStep } from "../steps/ensure-offer-variants"
import { planOffersStep } from "../steps/plan-offers"
import { saveOfferMappingsStep } from "../steps/save-offer-mappings"
import { bumpPricingIfChangedStep } from "../steps/bump-pricing-if-changed"

type OffersInput = Parameters<typeof planOffersStep>[0]

/**
 * One batch of offers: prices into the pricing module (one upsert), stock into inventory levels;
 * the offers' hashes are saved last, so a failed batch is simply applied again.
 */
export const applyOffersWorkflow = createWorkflow("one-c-apply-offers", (input: OffersInput) => {
  const added = ensureOfferVariantsStep(
    transform({ input }, ({ input }) => ({ offers: input.offers }))
  )
  const plan = planOffersStep(transform({ input, added }, ({ input }) => input))
  const priced = applyOfferPricesStep(transform({ plan }, ({ plan }) => plan.prices))
  const stocked = applyStockStep(transform({ plan }, ({ plan }) => plan.stock))
  bumpPricingIfChangedStep(
    transform({ priced }, ({ priced }) => priced.created + priced.updated + priced.deleted)
  )
  saveOfferMappingsStep(transform({ plan }, ({ plan }) => plan.mappings))
  // ms_* counters are summed per file into onec_file_state.counts (where the time goes; bench/1c prints them)
  return new WorkflowResponse(
    transform({ plan, priced, stocked, added }, ({ plan, priced, stocked, added }) => ({
      ...plan.counts,
      ms_prices: priced.ms,
      ms_stock: stocked.ms,
      // for the session log: characteristics that collided, base variants replaced or kept
      messages: [...added.warnings.map((w) => `Предупреждение: ${w}`), ...added.messages],
    }))
  )
})
