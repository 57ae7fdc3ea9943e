import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

import { softDeleteB2bSellerOrganizationsStep } from "../steps/soft-delete-b2b-seller-organizations"
import { CompanyEvents } from "../../../modules/company"

export const deleteSellerOrganizationWorkflow = createWorkflow(
  "b2b-delete-seller-organization",
  (input: { id: string }) => {
    softDeleteB2bSellerOrganizationsStep(transform({ input }, ({ input }) => [input.id]))
    emitEventStep({ eventName: CompanyEvents.SELLER_ORGANIZATION_DELETED, data: { id: input.id } })
    return new WorkflowResponse({ id: input.id })
  }
)
