import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCompanyRowsStep } from "../steps/crud"
import { SellerOrganizationInput } from "../utils/seller-organizations"
import { clearOtherDefaultsStep } from "../steps/clear-other-defaults"

const createOrgs = createCompanyRowsStep<SellerOrganizationInput>("B2bSellerOrganizations")

export const createSellerOrganizationWorkflow = createWorkflow(
  "b2b-create-seller-organization",
  (input: SellerOrganizationInput) => {
    const created = createOrgs(transform({ input }, ({ input }) => [input]))
    const org = transform({ created }, ({ created }) => created[0])
    clearOtherDefaultsStep(
      transform({ org, input }, ({ org, input }) => ({
        keep_id: org.id,
        make_default: !!input.is_default,
      }))
    )
    emitEventStep({
      eventName: "company.seller_organization_created",
      data: transform({ org }, ({ org }) => ({ id: org.id })),
    })
    return new WorkflowResponse(org)
  }
)
