import "server-only"

import { MISSING_KEY_REASON } from "./errors"
import { apiGet } from "./b2b-api"
import {
  type CatalogParams,
  type Category,
  PAGE_SIZE,
  backendQuery,
  lowestPrice,
} from "./catalog-query"
import { apiTarget } from "./session"
import { toProductCard, type ProductCard } from "./products"

export type Facet = { name: string; products: number; values: { value: string; count: number }[] }

export type B2BCatalog =
  | { ok: true; products: ProductCard[]; count: number; facets: Facet[]; categories: Category[] }
  | { ok: false; reason: string }

type CatalogProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  article: string | null
  variants: { id: string; sku: string | null; title: string }[]
}

/**
 * One page of the catalog through the buyer API: products of a category (subtree), search and 1C attribute
 * filters, the filter panel's facets, the category list, and — for a signed-in buyer — contract prices
 * (one /store/b2b/prices call for the page's variants). Never throws.
 */
export async function loadB2BCatalog(p: CatalogParams): Promise<B2BCatalog> {
  const t = await apiTarget()
  if (!t.publishableKey) return { ok: false, reason: MISSING_KEY_REASON }
  const [products, facets, categories] = await Promise.all([
    apiGet<{ products: CatalogProduct[]; count: number }>(
      t,
      "/store/b2b/catalog/products",
      backendQuery(p)
    ),
    apiGet<{ facets: Facet[] }>(t, "/store/b2b/catalog/facets", {
      ...backendQuery(p, false),
      max_attributes: 12,
      max_values: 12,
    }),
    apiGet<{ product_categories: Category[] }>(t, "/store/product-categories", {
      fields: "id,name,parent_category_id",
      limit: 500,
    }),
  ])
  if (!products.ok) return { ok: false, reason: products.message }
  const variantIds = products.data.products.flatMap((x) => x.variants.map((v) => v.id))
  const prices = new Map<
    string,
    { amount: string | number | null; currency_code: string; vat_included?: boolean }
  >()
  if (t.token && variantIds.length) {
    const r = await apiGet<{
      prices: {
        variant_id: string
        amount: string | number | null
        currency_code: string
        vat_included?: boolean
      }[]
    }>(t, "/store/b2b/prices", { variant_id: variantIds, quantity: 1 })
    if (r.ok) for (const x of r.data.prices) prices.set(x.variant_id, x)
  }
  return {
    ok: true,
    count: products.data.count,
    products: products.data.products.map((x) =>
      toProductCard({
        ...x,
        b2b_price_from: lowestPrice(
          x.variants.map((v) => v.id),
          prices
        ),
      })
    ),
    facets: facets.ok ? facets.data.facets : [],
    categories: categories.ok ? categories.data.product_categories : [],
  }
}

export { PAGE_SIZE }
