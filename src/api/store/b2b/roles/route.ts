import type { RoleRow } from "../../../../modules/company/models/role"
import type { MedusaResponse } from "@medusajs/framework/http"
import { COMPANY_MODULE } from "../../../../modules/company"
import type CompanyModuleService from "../../../../modules/company/service"
import { createRoleWorkflow } from "../../../../workflows/company/workflows/create-role"
import { customerActor } from "../../../utils/actor"
import { type B2BRequest, requireContext } from "../../../utils/b2b-context"
import type { CreateRole } from "./validators"
import type { StoreRoleListResponse, StoreRoleResponse } from "../../../../types/company/http"
import type { JsonOf } from "../../../../types/common/http"

/** GET /store/b2b/roles: built-in roles plus the active counterparty's custom roles. */
export async function GET(req: B2BRequest, res: MedusaResponse<JsonOf<StoreRoleListResponse>>) {
  const ctx = requireContext(req)
  const company = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const roles = await company.listB2bRoles(
    { $or: [{ is_builtin: true }, { legal_entity_id: ctx.active.legal_entity_id }] },
    { take: null }
  )
  // the json column typed as the workflow writes it
  res.json({ roles: roles as unknown as RoleRow[] })
}

/** POST /store/b2b/roles: a custom role with a subset of permissions (users.manage). */
export async function POST(
  req: B2BRequest<CreateRole>,
  res: MedusaResponse<JsonOf<StoreRoleResponse>>
) {
  const ctx = requireContext(req)
  const { result } = await createRoleWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      legal_entity_id: ctx.active.legal_entity_id,
      actor: customerActor(req),
    },
  })
  res.status(201).json({ role: result })
}
