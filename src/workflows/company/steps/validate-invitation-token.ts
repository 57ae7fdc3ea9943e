import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE, hashInvitationToken } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

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
