import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { filterProducts, isPlaceholder, pickerOptions } from "../attribute-filters"
import { catalogScope } from "../scope"
import type { CatalogQuery } from "../validators"
import type { StoreCatalogProductsResponse } from "../../../../../types/pricing/http"

/**
 * GET /store/b2b/catalog/products?category_id=…&attr[Производитель]=Legrand|ABB&attr[Сечение]=1,5:
 * published products of the storefront's sales channels filtered by 1C attributes (values of one
 * attribute OR-ed, attributes AND-ed; options likewise with opt[Цвет]=…), newest first, with the total,
 * each product with its options and each variant with its option values (one picker per option).
 * Prices come from /store/b2b/prices.
 */
export async function GET(
  req: MedusaStoreRequest<unknown, CatalogQuery>,
  res: MedusaResponse<StoreCatalogProductsResponse>
) {
  const { q, scope, filters } = catalogScope(req)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { ids, count } = await filterProducts(knex, scope, filters, {
    limit: q.limit,
    offset: q.offset,
  })
  let products: any[] = []
  if (ids.length) {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: [
        "id",
        "title",
        "handle",
        "thumbnail",
        "metadata",
        "variants.id",
        "variants.sku",
        "variants.title",
        "options.title",
        "options.values.value",
        "variants.options.value",
        "variants.options.option.title",
      ],
      filters: { id: ids },
    })
    const byId = new Map(data.map((p) => [p.id, p]))
    products = ids
      .map((id) => byId.get(id))
      .filter(Boolean)
      .map((p) => ({
        id: p.id,
        title: p.title,
        handle: p.handle,
        thumbnail: p.thumbnail,
        article: p.metadata?.article ?? null,
        attributes: p.metadata?.attributes ?? {},
        // what a picker per option needs: the options with their values, each variant's values
        options: pickerOptions(p.options ?? []),
        variants: (p.variants ?? []).map((v: any) => ({
          id: v.id,
          sku: v.sku,
          title: v.title,
          options: Object.fromEntries(
            (v.options ?? [])
              .filter((o: any) => o.option?.title && !isPlaceholder(o.option.title, o.value))
              .map((o: any) => [o.option.title, o.value])
          ),
        })),
      }))
  }
  res.json({ products, count, limit: q.limit, offset: q.offset, filters })
}
