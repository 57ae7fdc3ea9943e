import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { B2BRequest } from "../../../utils/b2b-context"
import { canSeePrices, pricesWithRates, publicPrice } from "../../../utils/pricing-context"
import type { StorePricesQuery } from "./validators"
import type { StorePricesResponse } from "../../../../types/pricing/http"

/**
 * GET /store/b2b/prices?variant_id=…&variant_id=…&quantity=12: personal prices of many variants
 * at a quantity (quantity breaks), in one call.
 */
export async function GET(
  req: B2BRequest<unknown, StorePricesQuery>,
  res: MedusaResponse<StorePricesResponse>
) {
  const q = req.validatedQuery
  if (!(await canSeePrices(req)))
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Prices are not available to you")
  const { resolved, rates } = await pricesWithRates(req, q.variant_id, q.quantity)
  res.json({
    prices: resolved.map((r) => ({
      variant_id: r.variant_id,
      hidden: r.hidden,
      ...publicPrice(r, rates.get(r.variant_id)),
    })),
    quantity: q.quantity,
  })
}
