import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  type B2BRequest,
  COUNTERPARTY_COOKIE,
  COUNTERPARTY_HEADER,
  requireContext,
} from "../../../utils/b2b-context"
import type { StoreMeResponse } from "../../../../types/company/http"

/** GET /store/b2b/me: the signed-in person, their companies and roles, and who they act for now. */
export async function GET(req: B2BRequest, res: MedusaResponse<StoreMeResponse>) {
  const ctx = requireContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name", "phone"],
    filters: { id: ctx.customer_id },
  })
  res.json({
    customer: data[0] ?? null,
    active_counterparty: ctx.active,
    memberships: ctx.memberships,
    permissions: ctx.active.permissions,
    impersonated_by: req.auth_context?.impersonator_user_id ?? null,
    switch_with: { header: COUNTERPARTY_HEADER, cookie: COUNTERPARTY_COOKIE },
  })
}
