import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { generatePriceListFileStep } from "../steps/generate-price-list-file"
import { completePriceListExportWorkflow } from "./complete-price-list-export"

/** Generates a requested price list and stores it (the subscriber marks it failed when this throws). */
export const generatePriceListExportWorkflow = createWorkflow(
  "pricing-generate-price-list-export",
  (input: { id: string }) => {
    const file = generatePriceListFileStep(input)
    completePriceListExportWorkflow.runAsStep({ input: file })
    return new WorkflowResponse({ id: input.id })
  }
)
