import type { WithTypedItems } from "../../../../../../modules/after-sales/models/order-request"
import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createOrderRequestWorkflow } from "../../../../../../workflows/after-sales/workflows/create-order-request"
import type { CreateOrderRequest } from "../../validators"
import { afterSales, visibleRequestFilters } from "../../../../../utils/after-sales"
import { type B2BRequest, hasPermission, requireContext } from "../../../../../utils/b2b-context"
import { managerEmails } from "../../../../../../workflows/documents/utils/manager-emails"
import type {
  OrderRequestResponse,
  StoreOrderRequestListResponse,
} from "../../../../../../types/after-sales/http"
import type { JsonOf } from "../../../../../../types/common/http"

/** Which permission each request type needs (the order itself must be visible: checked by middleware). */
const NEEDS = {
  return: "orders.create",
  complaint: "orders.create",
  document: "documents.request",
} as const

/**
 * POST /store/b2b/orders/:id/requests { type, subject?, message, reason_code?, items?, document_type? }:
 * a complaint, feedback, return request (items with leaf reasons) or document request about the order.
 */
export async function POST(
  req: B2BRequest<CreateOrderRequest>,
  res: MedusaResponse<JsonOf<OrderRequestResponse>>
) {
  const ctx = requireContext(req)
  const body = req.validatedBody
  const need = NEEDS[body.type as keyof typeof NEEDS]
  if (need && !hasPermission(ctx, need)) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `Your role "${ctx.active.role_name}" lacks the permission ${need}`
    )
  }
  const { result } = await createOrderRequestWorkflow(req.scope).run({
    input: {
      ...body,
      order_id: req.params.id,
      legal_entity_id: ctx.active.legal_entity_id,
      customer_id: ctx.customer_id,
      manager_emails: await managerEmails(req.scope, ctx.active.legal_entity_id),
    },
  })
  res.status(201).json({ request: result })
}

/** GET /store/b2b/orders/:id/requests: the order's requests the caller may see. */
export async function GET(
  req: B2BRequest,
  res: MedusaResponse<JsonOf<StoreOrderRequestListResponse>>
) {
  const rows = await afterSales(req).listB2bOrderRequests(
    { ...visibleRequestFilters(req), order_id: req.params.id },
    { take: 200, order: { created_at: "DESC" } }
  )
  // the json items column typed as createOrderRequestWorkflow writes it
  res.json({ requests: rows as unknown as WithTypedItems<(typeof rows)[number]>[] })
}
