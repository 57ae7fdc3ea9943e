import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updatePriceListExportStep } from "../steps/update-price-list-export"
import { PricingEvents } from "../../../modules/pricing-contract"

/** Marks an export failed with the reason. */
export const failPriceListExportWorkflow = createWorkflow(
  "pricing-fail-price-list-export",
  (input: { id: string; error: string }) => {
    updatePriceListExportStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        status: "failed" as const,
        error: input.error,
        finished_at: new Date(),
      }))
    )
    emitEventStep({ eventName: PricingEvents.PRICE_LIST_EXPORT_FAILED, data: { id: input.id } })
    return new WorkflowResponse({ id: input.id })
  }
)
