import type { MedusaStoreRequest } from "@medusajs/framework/http"
import { parseAttributeFilters, type CatalogScope } from "./attribute-filters"
import type { CatalogQuery } from "./validators"

/** The catalog scope of a store request: its publishable key's sales channels, category, search, option and attribute filters. */
export function catalogScope(req: MedusaStoreRequest<unknown, CatalogQuery>) {
  const q = req.validatedQuery
  const scope: CatalogScope = {
    sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [],
    category_id: q.category_id ?? null,
    q: q.q ?? null,
    option_filters: parseAttributeFilters(q.opt, "opt"),
  }
  return { q, scope, filters: parseAttributeFilters(q.attr) }
}
