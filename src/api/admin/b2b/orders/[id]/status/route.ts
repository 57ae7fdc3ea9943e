import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { effectiveCode, loadStates, loadStatuses } from "../../../../../../modules/ordering"
import { setOrderStatusWorkflow } from "../../../../../../workflows/ordering/workflows/set-order-status"
import type { SetOrderStatus } from "../../validators"
import type {
  AdminOrderB2bStatusResponse,
  OrderStatusHistoryEntry,
} from "../../../../../../types/ordering/http"
import type { JsonOf } from "../../../../../../types/common/http"

async function current(req: AuthenticatedMedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "status"],
    filters: { id: req.params.id },
  })
  const order = data[0] as { id: string; status: string } | undefined
  if (!order)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order with id ${req.params.id} was not found`
    )
  const statuses = await loadStatuses(req.scope)
  const state = (await loadStates(req.scope, [order.id])).get(order.id)
  const code = effectiveCode(order, state, statuses)
  return {
    order_id: order.id,
    order_status: order.status,
    status: statuses.find((s) => s.code === code) ?? { code, name: code },
    changed_at: state?.changed_at ?? null,
    changed_by: state?.changed_by ?? null,
    source: state?.source ?? null,
    history: (state?.history as OrderStatusHistoryEntry[] | undefined) ?? [],
    statuses,
  }
}

/** GET /admin/b2b/orders/:id/status: the order's B2B status, its history and the statuses to choose from. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminOrderB2bStatusResponse>>
) {
  res.json({ b2b_status: await current(req) })
}

/** POST /admin/b2b/orders/:id/status { code, comment }: a manager moves the order to a status. */
export async function POST(
  req: AuthenticatedMedusaRequest<SetOrderStatus>,
  res: MedusaResponse<JsonOf<AdminOrderB2bStatusResponse>>
) {
  const body = req.validatedBody
  await setOrderStatusWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      code: body.code,
      comment: body.comment ?? null,
      source: "manager",
      changed_by: req.auth_context?.actor_id ?? null,
    },
  })
  res.json({ b2b_status: await current(req) })
}
