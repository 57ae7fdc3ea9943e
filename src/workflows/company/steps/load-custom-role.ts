import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

/** Custom roles only: built-in roles are fixed; a role is editable only by its own company. */
export const loadCustomRoleStep = createStep(
  "b2b-load-custom-role",
  async (input: { id: string; legal_entity_id: string; deleting?: boolean }, { container }) => {
    const svc = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [role] = await svc.listB2bRoles({ id: input.id })
    if (!role || (role.legal_entity_id !== input.legal_entity_id && !role.is_builtin)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Role with id ${input.id} was not found`)
    }
    if (role.is_builtin)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Built-in roles cannot be changed")
    if (input.deleting) {
      const used = await svc.listB2bEmployees({ role_id: role.id }, { take: 1 })
      if (used.length)
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "This role is assigned to employees; reassign them first"
        )
    }
    return new StepResponse(role)
  }
)
