import type { WithTypedItems } from "../../../../modules/after-sales/models/order-request"
import type { MedusaResponse } from "@medusajs/framework/http"
import type { StoreRequestsQuery } from "./validators"
import { afterSales, visibleRequestFilters } from "../../../utils/after-sales"
import type { B2BRequest } from "../../../utils/b2b-context"
import type { OrderRequestListResponse } from "../../../../types/after-sales/http"
import type { JsonOf } from "../../../../types/common/http"

/**
 * GET /store/b2b/requests?type&status&order_id: after-sales requests of the active counterparty,
 * newest first; without orders.view_all only the caller's own.
 */
export async function GET(
  req: B2BRequest<unknown, StoreRequestsQuery>,
  res: MedusaResponse<JsonOf<OrderRequestListResponse>>
) {
  const q = req.validatedQuery
  const filters: Record<string, unknown> = { ...visibleRequestFilters(req) }
  if (q.type) filters.type = q.type
  if (q.status) filters.status = q.status
  if (q.order_id) filters.order_id = q.order_id
  const [rows, count] = await afterSales(req).listAndCountB2bOrderRequests(filters, {
    take: q.limit,
    skip: q.offset,
    order: { created_at: "DESC" },
  })
  // the json items column typed as createOrderRequestWorkflow writes it
  res.json({
    requests: rows as unknown as WithTypedItems<(typeof rows)[number]>[],
    count,
    limit: q.limit,
    offset: q.offset,
  })
}
