import type { ProductTermsRow } from "../../../../modules/ordering/models/product-terms"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ORDERING_MODULE } from "../../../../modules/ordering"
import type OrderingModuleService from "../../../../modules/ordering/service"
import { setProductTermsWorkflow } from "../../../../workflows/ordering/workflows/set-product-terms"
import type { SetProductTerms } from "./validators"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { assertReferencesExist } from "../../../validation/references"
import type { AdminProductTermsResponse } from "../../../../types/pricing/http"
import type { JsonOf } from "../../../../types/common/http"

/** GET /admin/b2b/product-terms?product_id=…: wholesale terms (MOQ, multiple, units). */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminProductTermsResponse>>
) {
  const filters =
    typeof req.query.product_id === "string" ? { product_id: req.query.product_id } : {}
  const rows = await req.scope
    .resolve<OrderingModuleService>(ORDERING_MODULE)
    .listOrdProductTerms(filters, { take: 1000 })
  // the json column typed as the route validates it
  res.json({ product_terms: rows as ProductTermsRow[] })
}

/** POST /admin/b2b/product-terms {terms: [...]}: set terms of products or variants (upsert). */
export async function POST(
  req: AuthenticatedMedusaRequest<SetProductTerms>,
  res: MedusaResponse<JsonOf<AdminProductTermsResponse>>
) {
  const terms = req.validatedBody.terms
  await assertReferencesExist(
    req.scope,
    terms.map((t, i) => ({ field: `terms[${i}].product_id`, entity: "product", id: t.product_id }))
  )
  // a variant must exist and belong to the product named with it
  const variantIds = [...new Set(terms.map((t) => t.variant_id).filter((v): v is string => !!v))]
  if (variantIds.length) {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_variant",
      fields: ["id", "product_id"],
      filters: { id: variantIds },
    })
    const productOf = new Map(
      (data as { id: string; product_id: string }[]).map((v) => [v.id, v.product_id])
    )
    const i = terms.findIndex((t) => !!t.variant_id && productOf.get(t.variant_id) !== t.product_id)
    if (i >= 0) {
      const t = terms[i]
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        productOf.has(t.variant_id!)
          ? `terms[${i}].variant_id: variant ${t.variant_id} is not a variant of product ${t.product_id}`
          : `terms[${i}].variant_id: product variant ${t.variant_id} does not exist`
      )
    }
  }
  const { result } = await setProductTermsWorkflow(req.scope).run({
    input: { terms: req.validatedBody.terms },
  })
  res.json({ product_terms: result })
}
