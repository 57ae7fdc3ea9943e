import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCompanyRowsStep } from "../steps/crud"
import { SellerOrganizationInput } from "../utils/seller-organizations"
import { clearOtherDefaultsStep } from "../steps/clear-other-defaults"

const updateOrgs = updateCompanyRowsStep<{ id: string } & SellerOrganizationInput>(
  "B2bSellerOrganizations"
)

export const updateSellerOrganizationWorkflow = createWorkflow(
  "b2b-update-seller-organization",
  (input: { id: string } & SellerOrganizationInput) => {
    const updated = updateOrgs(transform({ input }, ({ input }) => [input]))
    clearOtherDefaultsStep(
      transform({ input }, ({ input }) => ({
        keep_id: input.id,
        make_default: input.is_default === true,
      }))
    )
    emitEventStep({ eventName: "company.seller_organization_updated", data: { id: input.id } })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
