import type { MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../modules/company"
import type CompanyModuleService from "../../../../modules/company/service"
import { createInvitationWorkflow } from "../../../../workflows/company/workflows/create-invitation"
import { customerActor } from "../../../utils/actor"
import { type B2BRequest, requireContext } from "../../../utils/b2b-context"
import type { CreateInvitation } from "./validators"
import type {
  StoreInvitationListResponse,
  StoreInvitationResponse,
} from "../../../../types/company/http"
import type { JsonOf } from "../../../../types/common/http"

const publicFields = (i: any) => ({
  id: i.id,
  email: i.email,
  role_id: i.role_id,
  status: i.status === "pending" && new Date(i.expires_at) <= new Date() ? "expired" : i.status,
  expires_at: i.expires_at,
  accepted_at: i.accepted_at,
  created_at: i.created_at,
})

/** GET /store/b2b/invitations: invitations of the active counterparty (users.manage). */
export async function GET(
  req: B2BRequest,
  res: MedusaResponse<JsonOf<StoreInvitationListResponse>>
) {
  const ctx = requireContext(req)
  const company = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const rows = await company.listB2bInvitations(
    { legal_entity_id: ctx.active.legal_entity_id },
    { take: 500, order: { created_at: "DESC" } }
  )
  res.json({ invitations: rows.map(publicFields) })
}

/** POST /store/b2b/invitations: invite a colleague by email with a role (users.manage). */
export async function POST(
  req: B2BRequest<CreateInvitation>,
  res: MedusaResponse<JsonOf<StoreInvitationResponse>>
) {
  const ctx = requireContext(req)
  const { result } = await createInvitationWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      legal_entity_id: ctx.active.legal_entity_id,
      actor: customerActor(req),
    },
  })
  res.status(201).json({ invitation: publicFields(result) })
}
