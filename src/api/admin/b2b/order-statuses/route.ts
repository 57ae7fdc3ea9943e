import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadStatuses } from "../../../../modules/ordering"
import { createOrderStatusWorkflow } from "../../../../workflows/ordering/workflows/create-order-status"
import type { CreateOrderStatus } from "./validators"
import type {
  AdminOrderStatusListResponse,
  AdminOrderStatusResponse,
} from "../../../../types/ordering/http"

/** GET /admin/b2b/order-statuses: the configured B2B order statuses, by sort. */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminOrderStatusListResponse>) {
  res.json({ order_statuses: await loadStatuses(req.scope) })
}

/** POST /admin/b2b/order-statuses: a new status (code, name, 1C id/name, final action, ...). */
export async function POST(
  req: MedusaRequest<CreateOrderStatus>,
  res: MedusaResponse<AdminOrderStatusResponse>
) {
  const { result } = await createOrderStatusWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  const list = await loadStatuses(req.scope)
  res.status(201).json({ order_status: list.find((s) => s.code === result.code) })
}
