import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadStatuses } from "../../../../../modules/ordering"
import { deleteOrderStatusWorkflow } from "../../../../../workflows/ordering/workflows/delete-order-status"
import { updateOrderStatusWorkflow } from "../../../../../workflows/ordering/workflows/update-order-status"
import type { UpdateOrderStatus } from "../validators"
import type {
  AdminOrderStatusDeleteResponse,
  AdminOrderStatusResponse,
} from "../../../../../types/ordering/http"

/** POST /admin/b2b/order-statuses/:code: edit a status (name, 1C mapping, flags). */
export async function POST(
  req: MedusaRequest<UpdateOrderStatus>,
  res: MedusaResponse<AdminOrderStatusResponse>
) {
  await updateOrderStatusWorkflow(req.scope).run({
    input: { code: req.params.code, fields: req.validatedBody },
  })
  const list = await loadStatuses(req.scope)
  res.json({ order_status: list.find((s) => s.code === req.params.code) })
}

/** DELETE /admin/b2b/order-statuses/:code: refused for the default status and statuses in use. */
export async function DELETE(
  req: MedusaRequest,
  res: MedusaResponse<AdminOrderStatusDeleteResponse>
) {
  await deleteOrderStatusWorkflow(req.scope).run({ input: { code: req.params.code } })
  await loadStatuses(req.scope)
  res.json({ code: req.params.code, object: "order_status", deleted: true })
}
