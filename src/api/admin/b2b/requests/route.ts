import type { WithTypedItems } from "../../../../modules/after-sales/models/order-request"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminRequestsQuery } from "./validators"
import { afterSales } from "../../../utils/after-sales"
import { describeRequests } from "../../../../workflows/after-sales/utils/request-views"
import { canSeeLegalEntity, managerScope } from "../../../utils/admin-scope"
import type { OrderRequestListResponse } from "../../../../types/after-sales/http"
import type { JsonOf } from "../../../../types/common/http"

/**
 * GET /admin/b2b/requests?type&status&legal_entity_id&order_id&limit&offset: after-sales requests of
 * the companies in the manager's scope, newest first, with the counterparty and author.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminRequestsQuery>,
  res: MedusaResponse<JsonOf<OrderRequestListResponse>>
) {
  const scope = await managerScope(req)
  const q = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (q.type) filters.type = q.type
  if (q.status) filters.status = q.status
  if (q.order_id) filters.order_id = q.order_id
  if (q.legal_entity_id) {
    if (!canSeeLegalEntity(scope, q.legal_entity_id))
      return res.json({ requests: [], count: 0, limit: q.limit, offset: q.offset })
    filters.legal_entity_id = q.legal_entity_id
  } else if (!scope.all) filters.legal_entity_id = scope.legal_entity_ids
  const [rows, count] = await afterSales(req).listAndCountB2bOrderRequests(filters, {
    take: q.limit,
    skip: q.offset,
    order: { created_at: "DESC" },
  })
  res.json({
    // the json items column typed as createOrderRequestWorkflow writes it
    requests: await describeRequests(
      req.scope,
      rows as unknown as WithTypedItems<(typeof rows)[number]>[]
    ),
    count,
    limit: q.limit,
    offset: q.offset,
  })
}
