import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { IAuthModuleService, ICustomerModuleService } from "@medusajs/framework/types"
import { COMPANY_MODULE, hashInvitationToken, newInvitationToken } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { portalSettings } from "../../../lib/portal-settings"

/** Mints a random token; only its hash is ever stored. */
export const mintInvitationTokenStep = createStep("b2b-mint-invitation-token", async () => {
  const token = newInvitationToken()
  const expires_at = new Date(Date.now() + portalSettings().invitationTtlDays * 24 * 3600 * 1000)
  return new StepResponse({ token, token_hash: hashInvitationToken(token), expires_at })
})

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
    } as any)
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
      } as any)
      if (emp.length)
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `email: ${input.email} is already an employee of this company`
        )
    }
    return new StepResponse(true)
  }
)

/** Finds the pending invitation for a token, with a precise reason when it cannot be used. */
export const validateInvitationTokenStep = createStep(
  "b2b-validate-invitation-token",
  async (input: { token: string }, { container }) => {
    const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [inv] = await company.listB2bInvitations({ token_hash: hashInvitationToken(input.token) })
    if (!inv) throw new MedusaError(MedusaError.Types.NOT_FOUND, "token: invitation not found")
    if (inv.status === "accepted")
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "token: this invitation has already been used"
      )
    if (inv.status === "revoked")
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "token: this invitation was revoked")
    if (new Date(inv.expires_at).getTime() <= Date.now()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "token: this invitation has expired; ask for a new one"
      )
    }
    return new StepResponse(inv)
  }
)

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
    } as any)
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
