import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export const loadPendingRegistrationStep = createStep(
  "b2b-load-pending-registration",
  async (input: { id: string }, { container }) => {
    const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [req] = await company.listB2bRegistrationRequests({ id: input.id })
    if (!req)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Registration request with id ${input.id} was not found`
      )
    if (req.status !== "pending") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This registration request was already ${req.status}`
      )
    }
    return new StepResponse(req)
  }
)
