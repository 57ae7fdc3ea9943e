import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

import { SellerOrganizationInput } from "../utils/seller-organizations"
import { clearOtherDefaultsStep } from "../steps/clear-other-defaults"
import { createB2bSellerOrganizationsStep } from "../steps/create-b2b-seller-organizations"
import { CompanyEvents } from "../../../modules/company"

export const createSellerOrganizationWorkflow = createWorkflow(
  "b2b-create-seller-organization",
  (input: SellerOrganizationInput) => {
    const created = createB2bSellerOrganizationsStep(transform({ input }, ({ input }) => [input]))
    const org = transform({ created }, ({ created }) => created[0])
    clearOtherDefaultsStep(
      transform({ org, input }, ({ org, input }) => ({
        keep_id: org.id,
        make_default: !!input.is_default,
      }))
    )
    emitEventStep({
      eventName: CompanyEvents.SELLER_ORGANIZATION_CREATED,
      data: transform({ org }, ({ org }) => ({ id: org.id })),
    })
    return new WorkflowResponse(org)
  }
)
