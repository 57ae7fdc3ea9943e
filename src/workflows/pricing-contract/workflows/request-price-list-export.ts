import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createPriceListExportStep,
  type PriceListExportRequest,
} from "../steps/create-price-list-export"

/** Records a price list request; generation runs off the request path (subscriber). */
export const requestPriceListExportWorkflow = createWorkflow(
  "pricing-request-price-list-export",
  (input: PriceListExportRequest) => {
    const exp = createPriceListExportStep(input)
    emitEventStep({
      eventName: "pricing.price_list_export.requested",
      data: transform({ exp }, ({ exp }) => ({ id: exp.id })),
    })
    return new WorkflowResponse(exp)
  }
)
