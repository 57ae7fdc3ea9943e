import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../../../../modules/company"
import type CompanyModuleService from "../../../../../../modules/company/service"
import { revokeInvitationWorkflow } from "../../../../../../workflows/company/workflows/revoke-invitation"
import { customerActor } from "../../../../../utils/actor"
import { type B2BRequest, notFound, requireContext } from "../../../../../utils/b2b-context"
import type { StoreInvitationRevokedResponse } from "../../../../../../types/company/http"

/** POST /store/b2b/invitations/:id/revoke (users.manage). */
export async function POST(req: B2BRequest, res: MedusaResponse<StoreInvitationRevokedResponse>) {
  const ctx = requireContext(req)
  const company = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [inv] = await company.listB2bInvitations({
    id: req.params.id,
    legal_entity_id: ctx.active.legal_entity_id,
  })
  if (!inv) throw notFound("Invitation", req.params.id)
  if (inv.status !== "pending")
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This invitation is already ${inv.status}`)
  await revokeInvitationWorkflow(req.scope).run({
    input: { id: inv.id, legal_entity_id: ctx.active.legal_entity_id, actor: customerActor(req) },
  })
  res.json({ id: inv.id, status: "revoked" })
}
