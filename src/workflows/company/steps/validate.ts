import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BUILTIN_ROLE_IDS, COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

/** The role must exist and be usable in the legal entity: built-in, or a custom role of that entity. */
export const validateRoleForLegalEntityStep = createStep(
  "b2b-validate-role-for-legal-entity",
  async (input: { role_id: string; legal_entity_id: string }, { container }) => {
    const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [role] = await company.listB2bRoles({ id: input.role_id })
    const usable =
      role && (BUILTIN_ROLE_IDS.includes(role.id) || role.legal_entity_id === input.legal_entity_id)
    if (!usable) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `role_id: role ${input.role_id} is not available for this company`
      )
    }
    return new StepResponse(role)
  }
)

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

/** INN+KPP identify a counterparty: a second one is refused by field, before the database says so. */
export const ensureUniqueRequisitesStep = createStep(
  "b2b-ensure-unique-requisites",
  async (input: { inn: string; kpp?: string | null; except_id?: string | null }, { container }) => {
    const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const same = (
      await company.listB2bLegalEntities({ inn: input.inn } as any, { take: null })
    ).filter((l) => (l.kpp ?? null) === (input.kpp ?? null) && l.id !== input.except_id)
    if (same.length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `inn: a counterparty with INN ${input.inn}${input.kpp ? ` and KPP ${input.kpp}` : ""} already exists (${same[0].name})`
      )
    }
    return new StepResponse(true)
  }
)
