import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

/**
 * The legal entity to attach an accepted applicant to: the one given, else an existing one with the
 * same INN/KPP, else a new one created from the application (compensation deletes only that one).
 */
export const ensureLegalEntityForRegistrationStep = createStep(
  "b2b-ensure-legal-entity-for-registration",
  async (
    input: {
      legal_entity_id?: string | null
      holding_id?: string | null
      request: {
        inn: string
        kpp: string | null
        company_name: string
        email: string
        phone: string | null
      }
    },
    { container }
  ) => {
    const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    if (input.legal_entity_id) {
      const [le] = await company.listB2bLegalEntities({ id: input.legal_entity_id })
      if (!le)
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `legal_entity_id: legal entity ${input.legal_entity_id} was not found`
        )
      return new StepResponse({ id: le.id, existed: true }, null)
    }
    const r = input.request
    const found = await company.listB2bLegalEntities({ inn: r.inn }, { take: null })
    const match = found.find((l) => (l.kpp ?? null) === (r.kpp ?? null))
    if (match) return new StepResponse({ id: match.id, existed: true }, null)
    const created = await company.createB2bLegalEntities({
      name: r.company_name,
      inn: r.inn,
      kpp: r.kpp,
      email: r.email,
      phone: r.phone,
      holding_id: input.holding_id ?? null,
    })
    return new StepResponse({ id: created.id, existed: false }, created.id)
  },
  async (createdId, { container }) => {
    if (createdId)
      await container
        .resolve<CompanyModuleService>(COMPANY_MODULE)
        .deleteB2bLegalEntities(createdId)
  }
)
