import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

/** INN+KPP identify a counterparty: a second one is refused by field, before the database says so. */
export const ensureUniqueRequisitesStep = createStep(
  "b2b-ensure-unique-requisites",
  async (input: { inn: string; kpp?: string | null; except_id?: string | null }, { container }) => {
    const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const same = (await company.listB2bLegalEntities({ inn: input.inn }, { take: null })).filter(
      (l) => (l.kpp ?? null) === (input.kpp ?? null) && l.id !== input.except_id
    )
    if (same.length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `inn: a counterparty with INN ${input.inn}${input.kpp ? ` and KPP ${input.kpp}` : ""} already exists (${same[0].name})`
      )
    }
    return new StepResponse(true)
  }
)
