import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import type { B2BRequest } from "./b2b-context"

/**
 * On cart creation, tells the cartCreated hook which counterparty the cart is for. Whatever the
 * client sent is overwritten with the server-side acting context (the hook re-checks membership).
 */
export function injectCartCounterparty(
  req: B2BRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const le = req.b2b?.active.legal_entity_id ?? null
  for (const body of [req.body, req.validatedBody] as ({
    additional_data?: Record<string, unknown>
  } | null)[]) {
    if (body && typeof body === "object") {
      body.additional_data = { ...(body.additional_data ?? {}), b2b_legal_entity_id: le }
    }
  }
  next()
}
