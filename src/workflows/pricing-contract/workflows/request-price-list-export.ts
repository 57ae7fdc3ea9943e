import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createPriceListExportStep,
  type PriceListExportRequest,
} from "../steps/create-price-list-export"
import { PricingEvents } from "../../../modules/pricing-contract"

/** Records a price list request; generation runs off the request path (subscriber). */
export const requestPriceListExportWorkflow = createWorkflow(
  "pricing-request-price-list-export",
  (input: PriceListExportRequest) => {
    const exp = createPriceListExportStep(input)
    emitEventStep({
      eventName: PricingEvents.PRICE_LIST_EXPORT_REQUESTED,
      data: transform({ exp }, ({ exp }) => ({ id: exp.id })),
    })
    return new WorkflowResponse(exp)
  }
)
