import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { assertOwnCart, type B2BRequest } from "./b2b-context"

/**
 * Middleware for /store/b2b/carts/:id/* routes with a body: another person's or company's cart is
 * 404 before the body is validated, so a foreign id never answers 400.
 */
export async function requireOwnCart(
  req: B2BRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    await assertOwnCart(req, req.params.id)
    next()
  } catch (e) {
    next(e)
  }
}
