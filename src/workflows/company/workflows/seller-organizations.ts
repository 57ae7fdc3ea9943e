import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import {
  createCompanyRowsStep,
  softDeleteCompanyRowsStep,
  updateCompanyRowsStep,
} from "../steps/crud"

export type SellerOrganizationInput = Record<string, unknown> & { is_default?: boolean }

const createOrgs = createCompanyRowsStep<SellerOrganizationInput>("B2bSellerOrganizations")
const updateOrgs = updateCompanyRowsStep<{ id: string } & SellerOrganizationInput>(
  "B2bSellerOrganizations"
)
const deleteOrgs = softDeleteCompanyRowsStep("B2bSellerOrganizations")

/** Exactly one default seller organization: making one default clears the flag elsewhere. */
const clearOtherDefaultsStep = createStep(
  "b2b-clear-other-default-seller-orgs",
  async (input: { keep_id: string; make_default: boolean }, { container }) => {
    if (!input.make_default) return new StepResponse([], [] as string[])
    const svc = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const others = (await svc.listB2bSellerOrganizations({ is_default: true } as any)).filter(
      (o) => o.id !== input.keep_id
    )
    if (others.length)
      await svc.updateB2bSellerOrganizations(others.map((o) => ({ id: o.id, is_default: false })))
    return new StepResponse(
      others.map((o) => o.id),
      others.map((o) => o.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length)
      await container
        .resolve<CompanyModuleService>(COMPANY_MODULE)
        .updateB2bSellerOrganizations(ids.map((id) => ({ id, is_default: true })))
  }
)

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

export const deleteSellerOrganizationWorkflow = createWorkflow(
  "b2b-delete-seller-organization",
  (input: { id: string }) => {
    deleteOrgs(transform({ input }, ({ input }) => [input.id]))
    emitEventStep({ eventName: "company.seller_organization_deleted", data: { id: input.id } })
    return new WorkflowResponse({ id: input.id })
  }
)
