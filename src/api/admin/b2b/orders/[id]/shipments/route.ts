import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createOrderShipmentB2bWorkflow } from "../../../../../../workflows/ordering/workflows/create-order-shipment-b2b"
import type { CreateShipment } from "../../validators"
import { assertOrderInScope, labelsOf } from "../../helpers"
import { shipmentsView } from "../../../../../../workflows/ordering/utils/shipments-view"
import type {
  AdminOrderShipmentsResponse,
  AdminShipmentResponse,
} from "../../../../../../types/ordering/http"
import type { JsonOf } from "../../../../../../types/common/http"

/** GET /admin/b2b/orders/:id/shipments: shipments, planned shipments, line statuses, warehouses to ship from. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminOrderShipmentsResponse | null>>
) {
  await assertOrderInScope(req, req.params.id)
  res.json(await shipmentsView(req.scope, req.params.id, { withLocations: true }))
}

/** POST /admin/b2b/orders/:id/shipments { location_id, items: [{ id, quantity }], tracking_number?, tracking_url?, ship_now? } */
export async function POST(
  req: AuthenticatedMedusaRequest<CreateShipment>,
  res: MedusaResponse<JsonOf<AdminShipmentResponse>>
) {
  await assertOrderInScope(req, req.params.id)
  const body = req.validatedBody
  const { result } = await createOrderShipmentB2bWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      location_id: body.location_id,
      items: body.items,
      labels: labelsOf(body),
      ship_now: body.ship_now,
      created_by: req.auth_context.actor_id,
    },
  })
  const view = await shipmentsView(req.scope, req.params.id, { withLocations: true })
  res.status(201).json({ shipment: view!.shipments.find((s) => s.id === result.id), ...view! })
}
