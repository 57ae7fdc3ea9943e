import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateEmployeeWorkflow } from "../../../../workflows/company/workflows/update-employee"
import {
  type B2BRequest,
  COUNTERPARTY_COOKIE,
  COUNTERPARTY_HEADER,
  loadActingContext,
  notFound,
  requireContext,
} from "../../../utils/b2b-context"
import { customerActor } from "../../../utils/actor"
import type { StoreMeResponse } from "../../../../types/company/http"
import type { UpdateMe } from "./validators"

async function me(req: B2BRequest): Promise<StoreMeResponse> {
  const ctx = requireContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name", "phone"],
    filters: { id: ctx.customer_id },
  })
  return {
    customer: data[0] ?? null,
    active_counterparty: ctx.active,
    memberships: ctx.memberships,
    permissions: ctx.active.permissions,
    impersonated_by: req.auth_context?.impersonator_user_id ?? null,
    switch_with: { header: COUNTERPARTY_HEADER, cookie: COUNTERPARTY_COOKIE },
  }
}

/** GET /store/b2b/me: the signed-in person, their companies and roles, and who they act for now. */
export async function GET(req: B2BRequest, res: MedusaResponse<StoreMeResponse>) {
  res.json(await me(req))
}

/**
 * POST /store/b2b/me { default_legal_entity_id }: the counterparty the person acts for when none is
 * chosen (after signing in). It must be one of their own active memberships (any other id: 404, the
 * same as a counterparty that does not exist). Answers as GET, the memberships with the new default.
 */
export async function POST(req: B2BRequest<UpdateMe>, res: MedusaResponse<StoreMeResponse>) {
  const ctx = requireContext(req)
  const id = req.validatedBody.default_legal_entity_id
  const membership = ctx.memberships.find((m) => m.legal_entity_id === id)
  if (!membership?.employee_id) throw notFound("Counterparty", id)
  if (!membership.is_default)
    await updateEmployeeWorkflow(req.scope).run({
      input: { id: membership.employee_id, is_default: true, actor: customerActor(req) },
    })
  req.b2b = undefined
  await loadActingContext(req)
  res.json(await me(req))
}
