import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ICustomerModuleService } from "@medusajs/framework/types"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

/** Refuses to invite someone who is already an active employee of the company, or already invited. */
export const ensureInvitableStep = createStep(
  "b2b-ensure-invitable",
  async (input: { email: string; legal_entity_id: string }, { container }) => {
    const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    const pending = await company.listB2bInvitations({
      email: input.email,
      legal_entity_id: input.legal_entity_id,
      status: "pending",
    })
    if (pending.some((p) => new Date(p.expires_at) > new Date())) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `email: ${input.email} already has a pending invitation; revoke it first`
      )
    }
    const found = await customers.listCustomers({ email: input.email, has_account: true })
    if (found.length) {
      const emp = await company.listB2bEmployees({
        customer_id: found.map((c) => c.id),
        legal_entity_id: input.legal_entity_id,
      })
      if (emp.length)
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `email: ${input.email} is already an employee of this company`
        )
    }
    return new StepResponse(true)
  }
)
