import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PRICING_CONTRACT_MODULE } from "../../../modules/pricing-contract"
import { createRowsStep, softDeleteRowsStep, updateRowsStep } from "../../common/steps/crud"
import { bumpPricingVersionStep } from "../steps/bump-pricing-version"
import { upsertVariantPricesStep, type VariantPriceRow } from "../steps/upsert-variant-prices"

/** Entities editable through the admin pricing API (service entity names). */
export const PRICING_ENTITIES = {
  "price-types": "PcPriceTypes",
  agreements: "PcAgreements",
  "price-lists": "PcPriceLists",
  "price-rules": "PcPriceRules",
  "regional-price-types": "PcRegionalPriceTypes",
  "mass-rules": "PcMassRules",
  "cart-total-rules": "PcCartTotalRules",
  "exchange-rates": "PcExchangeRates",
  settings: "PcSettings",
} as const
export type PricingEntityPath = keyof typeof PRICING_ENTITIES

type Row = Record<string, unknown>

function crud(path: PricingEntityPath) {
  const entity = PRICING_ENTITIES[path]
  const create = createRowsStep<Row>(PRICING_CONTRACT_MODULE, entity)
  const update = updateRowsStep<{ id: string } & Row>(PRICING_CONTRACT_MODULE, entity)
  const remove = softDeleteRowsStep(PRICING_CONTRACT_MODULE, entity)
  const event = path.replace(/-/g, "_")
  return {
    create: createWorkflow(`pricing-create-${path}`, (input: { rows: Row[] }) => {
      const created = create(input.rows)
      bumpPricingVersionStep()
      emitEventStep({
        eventName: `pricing.${event}.created`,
        data: transform({ created }, ({ created }) => ({ ids: created.map((c: any) => c.id) })),
      })
      return new WorkflowResponse(created)
    }),
    update: createWorkflow(
      `pricing-update-${path}`,
      (input: { rows: ({ id: string } & Row)[] }) => {
        const updated = update(input.rows)
        bumpPricingVersionStep()
        emitEventStep({
          eventName: `pricing.${event}.updated`,
          data: transform({ input }, ({ input }) => ({ ids: input.rows.map((r) => r.id) })),
        })
        return new WorkflowResponse(updated)
      }
    ),
    remove: createWorkflow(`pricing-delete-${path}`, (input: { ids: string[] }) => {
      remove(input.ids)
      bumpPricingVersionStep()
      emitEventStep({ eventName: `pricing.${event}.deleted`, data: { ids: input.ids } })
      return new WorkflowResponse(input.ids)
    }),
  }
}

export const pricingWorkflows = Object.fromEntries(
  (Object.keys(PRICING_ENTITIES) as PricingEntityPath[]).map((p) => [p, crud(p)])
) as Record<PricingEntityPath, ReturnType<typeof crud>>

/** Sets prices of many variants in many price types (1C offers, admin grid) in one workflow. */
export const setVariantPricesWorkflow = createWorkflow(
  "pricing-set-variant-prices",
  (input: { prices: VariantPriceRow[] }) => {
    const result = upsertVariantPricesStep(input.prices)
    bumpPricingVersionStep()
    emitEventStep({
      eventName: "pricing.variant_prices.updated",
      data: transform({ input }, ({ input }) => ({ count: input.prices.length })),
    })
    return new WorkflowResponse(result)
  }
)

/** Catalog changes that affect resolution (categories, product attributes) only need a new version. */
export const invalidatePricingWorkflow = createWorkflow("pricing-invalidate", () => {
  bumpPricingVersionStep()
  return new WorkflowResponse(true)
})
