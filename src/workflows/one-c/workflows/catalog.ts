import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { PRICING_CONTRACT_MODULE } from "../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../modules/pricing-contract/service"
import type { CmlOffer, CmlProduct } from "../../../modules/one-c"
import { applyClassifierStep, type ClassifierInput } from "../steps/classifier"
import { applyProductsStep } from "../steps/products"
import {
  applyOfferPricesStep,
  applyStockStep,
  ensureOfferVariantsStep,
  planOffersStep,
  saveOfferMappingsStep,
} from "../steps/offers"

/** Other instances recompile prices only when this batch changed some (an unchanged re-import writes nothing). */
const bumpPricingIfChangedStep = createStep(
  "one-c-bump-pricing-if-changed",
  async (changed: number, { container }) => {
    if (changed)
      await container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE).bumpVersion()
    return new StepResponse(changed > 0)
  }
)

/** One batch of classifier objects (groups, properties, price types, warehouses). */
export const applyClassifierWorkflow = createWorkflow(
  "one-c-apply-classifier",
  (input: ClassifierInput) => {
    return new WorkflowResponse(applyClassifierStep(input))
  }
)

/** One batch (≤ 500) of products. */
export const applyProductsWorkflow = createWorkflow(
  "one-c-apply-products",
  (input: { session_id: string; products: CmlProduct[]; dir?: string }) => {
    return new WorkflowResponse(applyProductsStep(input))
  }
)

/**
 * One batch of offers: prices into the pricing module (one upsert), stock into inventory levels;
 * the offers' hashes are saved last, so a failed batch is simply applied again.
 */
type OffersInput = Parameters<typeof planOffersStep>[0]

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
    transform({ plan, priced, stocked }, ({ plan, priced, stocked }) => ({
      ...plan.counts,
      ms_prices: priced.ms,
      ms_stock: stocked.ms,
    }))
  )
})
