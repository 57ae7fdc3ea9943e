import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ProductTermsInput } from "../utils/product-terms"
import { upsertTermsStep } from "../steps/upsert-terms"
import { OrderingEvents } from "../../../modules/ordering"

export const setProductTermsWorkflow = createWorkflow(
  "ordering-set-product-terms",
  (input: { terms: ProductTermsInput[] }) => {
    const result = upsertTermsStep(input.terms)
    emitEventStep({ eventName: OrderingEvents.PRODUCT_TERMS_UPDATED, data: { count: 1 } })
    return new WorkflowResponse(result)
  }
)
