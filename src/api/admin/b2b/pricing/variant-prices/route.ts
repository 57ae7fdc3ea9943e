import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setVariantPricesWorkflow } from "../../../../../workflows/pricing-contract"
import type { SetVariantPrices } from "../validators"
import { assertReferencesExist } from "../../../../validation/references"
import type { AdminSetVariantPricesResponse } from "../../../../../types/pricing/http"

/** POST /admin/b2b/pricing/variant-prices: set (or with amount null remove) prices per price type, up to 10,000 rows. */
export async function POST(
  req: AuthenticatedMedusaRequest<SetVariantPrices>,
  res: MedusaResponse<AdminSetVariantPricesResponse>
) {
  const prices = req.validatedBody.prices
  await assertReferencesExist(req.scope, [
    ...prices.map((p, i) => ({
      field: `prices[${i}].price_type_id`,
      entity: "pc_price_type",
      id: p.price_type_id,
    })),
    ...prices.map((p, i) => ({
      field: `prices[${i}].variant_id`,
      entity: "product_variant",
      id: p.variant_id,
    })),
  ])
  const { result } = await setVariantPricesWorkflow(req.scope).run({
    input: { prices: req.validatedBody.prices },
  })
  res.json({ result })
}
