import {
  ContainerRegistrationKeys,
  generateJwtToken,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import type { IAuthModuleService, ICustomerModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { randomUUID } from "node:crypto"
import { portalSettings } from "../../../lib/portal-settings"

/**
 * Mints a short-lived customer token carrying the impersonating manager's id. Every request made
 * with it is recognisable (auth_context.impersonator_user_id) and its writes are audited.
 */
export const mintImpersonationTokenStep = createStep(
  "b2b-mint-impersonation-token",
  async (input: { customer_id: string; user_id: string }, { container }) => {
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    const [customer] = await customers.listCustomers({ id: input.customer_id })
    if (!customer)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Customer with id ${input.customer_id} was not found`
      )
    const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
    const providerIds = customer.email
      ? await auth.listProviderIdentities({ entity_id: customer.email, provider: "emailpass" })
      : []
    const { projectConfig } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
    const minutes = portalSettings().impersonationTtlMinutes
    const impersonation_id = `imp_${randomUUID()}`
    const token = generateJwtToken(
      {
        actor_id: customer.id,
        actor_type: "customer",
        auth_identity_id: providerIds[0]?.auth_identity_id ?? "",
        app_metadata: { customer_id: customer.id },
        user_metadata: {},
        impersonator_user_id: input.user_id,
        impersonation_id,
      },
      {
        secret: projectConfig.http.jwtSecret!,
        expiresIn: `${minutes}m`,
        jwtOptions: projectConfig.http.jwtOptions,
      }
    )
    return new StepResponse({
      token,
      impersonation_id,
      customer: { id: customer.id, email: customer.email },
      expires_at: new Date(Date.now() + minutes * 60000).toISOString(),
    })
  }
)
