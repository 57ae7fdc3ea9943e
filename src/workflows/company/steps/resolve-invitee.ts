import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ICustomerModuleService } from "@medusajs/framework/types"

/**
 * Decides who accepts: the signed-in customer when the invitation is for their email, or a new
 * account. An existing account must sign in first (a token alone never takes over an account).
 */
export const resolveInviteeStep = createStep(
  "b2b-resolve-invitee",
  async (input: { email: string; signed_in_customer_id?: string | null }, { container }) => {
    const customers = container.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    const existing = await customers.listCustomers({ email: input.email, has_account: true })
    if (input.signed_in_customer_id) {
      const me = existing.find((c) => c.id === input.signed_in_customer_id)
      if (!me) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `token: this invitation is for ${input.email}; sign in with that account`
        )
      }
      return new StepResponse({ customer_id: me.id as string | null })
    }
    if (existing.length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `email: an account for ${input.email} already exists; sign in and open the invitation again`
      )
    }
    return new StepResponse({ customer_id: null as string | null })
  }
)
