import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { ORDERING_MODULE } from "../../../../modules/ordering"
import type OrderingModuleService from "../../../../modules/ordering/service"
import { setProductTermsWorkflow } from "../../../../workflows/ordering/workflows/product-terms"
import type { SetProductTerms } from "../../../validators"

/** GET /admin/b2b/product-terms?product_id=…: wholesale terms (MOQ, multiple, units). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const filters = typeof req.query.product_id === "string" ? { product_id: req.query.product_id } : {}
  const rows = await req.scope.resolve<OrderingModuleService>(ORDERING_MODULE).listOrdProductTerms(filters as any, { take: 1000 })
  res.json({ product_terms: rows })
}

/** POST /admin/b2b/product-terms {terms: [...]}: set terms of products or variants (upsert). */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof SetProductTerms>>, res: MedusaResponse) {
  const { result } = await setProductTermsWorkflow(req.scope).run({ input: { terms: req.validatedBody.terms } })
  res.json({ product_terms: result })
}
