import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUDIT_MODULE } from "../../../../modules/audit"
import type AuditModuleService from "../../../../modules/audit/service"
import { managerScope } from "../../../utils/admin-scope"
import type { AuditQuery } from "./validators"
import type { AdminAuditEventListResponse } from "../../../../types/audit/http"
import type { JsonOf } from "../../../../types/common/http"

/** GET /admin/b2b/audit-events: security log; managers see events of their companies only. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AuditQuery>,
  res: MedusaResponse<JsonOf<AdminAuditEventListResponse>>
) {
  const scope = await managerScope(req)
  const q = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (q.action) filters.action = q.action
  if (q.impersonator_user_id) filters.impersonator_user_id = q.impersonator_user_id
  if (q.legal_entity_id) filters.legal_entity_id = q.legal_entity_id
  if (!scope.all) {
    filters.legal_entity_id = q.legal_entity_id
      ? scope.legal_entity_ids.includes(q.legal_entity_id)
        ? q.legal_entity_id
        : "__none__"
      : scope.legal_entity_ids
  }
  const audit = req.scope.resolve<AuditModuleService>(AUDIT_MODULE)
  const [rows, count] = await audit.listAndCountB2bAuditEvents(filters, {
    take: q.limit,
    skip: q.offset,
    order: { created_at: "DESC" },
  })
  res.json({ audit_events: rows, count, limit: q.limit, offset: q.offset })
}
