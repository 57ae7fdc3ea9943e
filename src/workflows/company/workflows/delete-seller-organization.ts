import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { softDeleteCompanyRowsStep } from "../steps/crud"

const deleteOrgs = softDeleteCompanyRowsStep("B2bSellerOrganizations")

export const deleteSellerOrganizationWorkflow = createWorkflow(
  "b2b-delete-seller-organization",
  (input: { id: string }) => {
    deleteOrgs(transform({ input }, ({ input }) => [input.id]))
    emitEventStep({ eventName: "company.seller_organization_deleted", data: { id: input.id } })
    return new WorkflowResponse({ id: input.id })
  }
)
