import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../modules/company"
import type CompanyModuleService from "../../modules/company/service"

/**
 * Links a new cart to the counterparty it is assembled for. The id comes from the server-side
 * acting context (middleware); membership is checked again here so no client value is trusted.
 */
createCartWorkflow.hooks.cartCreated(
  async ({ cart, additional_data }, { container }) => {
    const leId = (additional_data as { b2b_legal_entity_id?: string | null } | undefined)
      ?.b2b_legal_entity_id
    if (!leId || !cart.customer_id) return new StepResponse(undefined, null)
    const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [member] = await company.listB2bEmployees({
      customer_id: cart.customer_id,
      legal_entity_id: leId,
      status: "active",
    })
    if (!member)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "You are not an employee of this counterparty"
      )
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const def = {
      [COMPANY_MODULE]: { b2b_legal_entity_id: leId },
      [Modules.CART]: { cart_id: cart.id },
    }
    await link.create(def)
    return new StepResponse(undefined, def)
  },
  async (def, { container }) => {
    if (def) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(def)
  }
)
