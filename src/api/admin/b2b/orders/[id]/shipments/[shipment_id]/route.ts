import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateOrderShipmentB2bWorkflow } from "../../../../../../../workflows/ordering/workflows/update-order-shipment-b2b"
import type { UpdateShipment } from "../../../validators"
import { assertOrderInScope, labelsOf } from "../../../helpers"
import { shipmentsView } from "../../../../../../../workflows/ordering/utils/shipments-view"
import type { AdminShipmentResponse } from "../../../../../../../types/ordering/http"
import type { JsonOf } from "../../../../../../../types/common/http"

/** POST /admin/b2b/orders/:id/shipments/:shipment_id { status: shipped|delivered|canceled, tracking_number?, tracking_url? } */
export async function POST(
  req: AuthenticatedMedusaRequest<UpdateShipment>,
  res: MedusaResponse<JsonOf<AdminShipmentResponse>>
) {
  await assertOrderInScope(req, req.params.id)
  const body = req.validatedBody
  await updateOrderShipmentB2bWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      fulfillment_id: req.params.shipment_id,
      status: body.status,
      labels: body.status === "shipped" ? labelsOf(body) : [],
      created_by: req.auth_context.actor_id,
    },
  })
  const view = await shipmentsView(req.scope, req.params.id, { withLocations: true })
  res.json({ shipment: view!.shipments.find((s) => s.id === req.params.shipment_id), ...view! })
}
