import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { facets } from "../attribute-filters"
import { catalogScope } from "../scope"
import type { CatalogQuery } from "../validators"
import type { StoreCatalogFacetsResponse } from "../../../../../types/pricing/http"

/**
 * GET /store/b2b/catalog/facets?category_id=…&attr[…]=…: the attributes of the products in scope with
 * their values and product counts, for a filter panel (most common attributes first, bounded).
 */
export async function GET(
  req: MedusaStoreRequest<unknown, CatalogQuery>,
  res: MedusaResponse<StoreCatalogFacetsResponse>
) {
  const { q, scope, filters } = catalogScope(req)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  res.json({
    facets: await facets(knex, scope, filters, {
      max_attributes: q.max_attributes,
      max_values: q.max_values,
    }),
    filters,
  })
}
