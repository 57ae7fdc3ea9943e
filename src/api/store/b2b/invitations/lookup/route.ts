import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { ICustomerModuleService } from "@medusajs/framework/types"
import { COMPANY_MODULE, hashInvitationToken } from "../../../../../modules/company"
import type CompanyModuleService from "../../../../../modules/company/service"
import type { StoreInvitationLookupResponse } from "../../../../../types/company/http"
import type { JsonOf } from "../../../../../types/common/http"

/**
 * GET /store/b2b/invitations/lookup?token=…: what the invitation page shows before accepting
 * (company, role, email, whether an account exists). Same precise errors as accepting.
 */
export async function GET(
  req: MedusaRequest,
  res: MedusaResponse<JsonOf<StoreInvitationLookupResponse>>
) {
  const token = typeof req.query.token === "string" ? req.query.token : ""
  if (!token) throw new MedusaError(MedusaError.Types.INVALID_DATA, "token: required")
  const company = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [inv] = await company.listB2bInvitations({ token_hash: hashInvitationToken(token) })
  if (!inv) throw new MedusaError(MedusaError.Types.NOT_FOUND, "token: invitation not found")
  if (inv.status !== "pending")
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `token: this invitation was already ${inv.status === "accepted" ? "used" : inv.status}`
    )
  if (new Date(inv.expires_at) <= new Date())
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "token: this invitation has expired; ask for a new one"
    )
  const [le] = await company.listB2bLegalEntities({ id: inv.legal_entity_id })
  const [role] = await company.listB2bRoles({ id: inv.role_id })
  const customers = req.scope.resolve<ICustomerModuleService>(Modules.CUSTOMER)
  const existing = await customers.listCustomers({ email: inv.email, has_account: true })
  res.json({
    invitation: {
      email: inv.email,
      company_name: le?.name,
      role_name: role?.name,
      expires_at: inv.expires_at,
      account_exists: existing.length > 0,
    },
  })
}
