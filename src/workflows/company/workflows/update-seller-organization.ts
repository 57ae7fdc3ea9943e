import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

import { SellerOrganizationInput } from "../utils/seller-organizations"
import { clearOtherDefaultsStep } from "../steps/clear-other-defaults"
import { updateB2bSellerOrganizationsStep } from "../steps/update-b2b-seller-organizations"
import { CompanyEvents } from "../../../modules/company"

export const updateSellerOrganizationWorkflow = createWorkflow(
  "b2b-update-seller-organization",
  (input: { id: string } & SellerOrganizationInput) => {
    const updated = updateB2bSellerOrganizationsStep(transform({ input }, ({ input }) => [input]))
    clearOtherDefaultsStep(
      transform({ input }, ({ input }) => ({
        keep_id: input.id,
        make_default: input.is_default === true,
      }))
    )
    emitEventStep({ eventName: CompanyEvents.SELLER_ORGANIZATION_UPDATED, data: { id: input.id } })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
