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
