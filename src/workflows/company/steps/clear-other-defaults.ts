import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

/** Exactly one default seller organization: making one default clears the flag elsewhere. */
export const clearOtherDefaultsStep = createStep(
  "b2b-clear-other-default-seller-orgs",
  async (input: { keep_id: string; make_default: boolean }, { container }) => {
    if (!input.make_default) return new StepResponse([], [] as string[])
    const svc = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const others = (await svc.listB2bSellerOrganizations({ is_default: true })).filter(
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
