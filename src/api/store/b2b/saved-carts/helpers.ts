import type { SavedCartRow } from "../../../../modules/ordering/models/saved-cart"
import { MedusaError } from "@medusajs/framework/utils"
import { ORDERING_MODULE } from "../../../../modules/ordering"
import type OrderingModuleService from "../../../../modules/ordering/service"
import {
  type B2BRequest,
  hasPermission,
  notFound,
  requireContext,
} from "../../../utils/b2b-context"

export const orderingService = (req: B2BRequest) =>
  req.scope.resolve<OrderingModuleService>(ORDERING_MODULE)

/** A saved cart the caller may see: their own, or one shared within the active counterparty; else 404. */
export async function visibleSavedCart(req: B2BRequest, id: string) {
  const ctx = requireContext(req)
  const [row] = await orderingService(req).listOrdSavedCarts(
    { id, legal_entity_id: ctx.active.legal_entity_id },
    { take: 1 }
  )
  if (!row || (row.customer_id !== ctx.customer_id && !row.is_shared))
    throw notFound("Saved cart", id)
  return row as unknown as SavedCartRow // the json column typed as the workflow writes it
}

/** Changing or deleting needs authorship (or users.manage for shared ones). */
export async function editableSavedCart(req: B2BRequest, id: string) {
  const row = await visibleSavedCart(req, id)
  const ctx = requireContext(req)
  if (row.customer_id !== ctx.customer_id && !hasPermission(ctx, "users.manage")) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only its author can change a shared list")
  }
  return row
}
