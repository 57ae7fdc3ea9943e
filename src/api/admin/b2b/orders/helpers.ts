import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { canSeeLegalEntity, managerScope } from "../../../utils/admin-scope"
import { orderOwnership } from "../../../utils/b2b-context"
import type { ShipmentLabel } from "../../../../workflows/ordering/utils/shipments"

/** 404 for an unknown order or one of a company outside the manager's scope. */
export async function assertOrderInScope(req: AuthenticatedMedusaRequest, orderId: string) {
  const own = await orderOwnership(req, orderId)
  const scope = await managerScope(req)
  if (!own || (!scope.all && !canSeeLegalEntity(scope, own.legal_entity_id))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id ${orderId} was not found`)
  }
  return own
}

/** Tracking of a request body as Medusa fulfillment labels (none when no number and no URL). */
export function labelsOf(body: {
  tracking_number?: string
  tracking_url?: string
}): ShipmentLabel[] {
  const number = body.tracking_number?.trim() ?? ""
  const url = body.tracking_url?.trim() ?? ""
  return number || url ? [{ tracking_number: number, tracking_url: url, label_url: "" }] : []
}
