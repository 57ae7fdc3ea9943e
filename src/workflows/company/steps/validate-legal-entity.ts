import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

/** The legal entity must exist (and, if given, be one of the ids the caller may touch). */
export const validateLegalEntityStep = createStep(
  "b2b-validate-legal-entity",
  async (input: { legal_entity_id: string }, { container }) => {
    const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [le] = await company.listB2bLegalEntities({ id: input.legal_entity_id })
    if (!le)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Legal entity with id ${input.legal_entity_id} was not found`
      )
    return new StepResponse(le)
  }
)
