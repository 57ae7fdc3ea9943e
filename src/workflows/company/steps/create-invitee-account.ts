import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { IAuthModuleService, ICustomerModuleService } from "@medusajs/framework/types"

/**
 * Creates the invitee's account when they have none: an emailpass identity with their password and
 * a customer bound to it. A no-op for an existing (signed-in) customer. Compensation removes both.
 */
export const createInviteeAccountStep = createStep(
  "b2b-create-invitee-account",
  async (
    input: {
      existing_customer_id: string | null
      email: string
      password?: string
      first_name?: string | null
      last_name?: string | null
      phone?: string | null
    },
    { container }
  ) => {
    if (input.existing_customer_id)
      return new StepResponse({ customer_id: input.existing_customer_id }, null)
    if (!input.password)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "password: required to create your account"
      )
    const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    const { success, authIdentity, error } = await auth.register("emailpass", {
      body: { email: input.email, password: input.password },
    })
    if (!success || !authIdentity) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `password: ${error ?? "could not register this email"}`
      )
    }
    try {
      const customer = await customers.createCustomers({
        email: input.email,
        first_name: input.first_name ?? null,
        last_name: input.last_name ?? null,
        phone: input.phone ?? null,
        has_account: true,
      })
      await auth.updateAuthIdentities({
        id: authIdentity.id,
        app_metadata: { ...(authIdentity.app_metadata ?? {}), customer_id: customer.id },
      })
      return new StepResponse(
        { customer_id: customer.id },
        { auth_identity_id: authIdentity.id, customer_id: customer.id }
      )
    } catch (e) {
      await auth.deleteAuthIdentities([authIdentity.id])
      throw e
    }
  },
  async (created, { container }) => {
    if (!created) return
    await container
      .resolve<ICustomerModuleService>(Modules.CUSTOMER)
      .deleteCustomers([created.customer_id])
    await container
      .resolve<IAuthModuleService>(Modules.AUTH)
      .deleteAuthIdentities([created.auth_identity_id])
  }
)
