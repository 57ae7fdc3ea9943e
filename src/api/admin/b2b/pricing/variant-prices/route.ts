import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { setVariantPricesWorkflow } from "../../../../../workflows/pricing-contract/workflows/entities"
import type { SetVariantPrices } from "../../../../pricing-validators"

/** POST /admin/b2b/pricing/variant-prices: set (or with amount null remove) prices per price type, up to 10,000 rows. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof SetVariantPrices>>, res: MedusaResponse) {
  const { result } = await setVariantPricesWorkflow(req.scope).run({ input: { prices: req.validatedBody.prices } })
  res.json({ result })
}
