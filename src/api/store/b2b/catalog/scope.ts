import type { MedusaRequest } from "@medusajs/framework/http"
import { parseAttributeFilters, type CatalogScope } from "./attribute-filters"
import type { CatalogQuery } from "./validators"

/** The catalog scope of a store request: its publishable key's sales channels, category, search, attribute filters. */
export function catalogScope(req: MedusaRequest<unknown, CatalogQuery>) {
  const q = req.validatedQuery
  const scope: CatalogScope = {
    sales_channel_ids:
      ((req as any).publishable_key_context?.sales_channel_ids as string[] | undefined) ?? [],
    category_id: q.category_id ?? null,
    q: q.q ?? null,
  }
  return { q, scope, filters: parseAttributeFilters(q.attr) }
}
