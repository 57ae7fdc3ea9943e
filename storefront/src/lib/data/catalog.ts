"use server"

import type {
  CatalogProduct,
  Category,
  ContractPrice,
  Facet,
  Product,
  VariantPrice,
} from "@/types/catalog"

import { getSdk } from "../config"
import { type VatDisplay, pricesDisplay } from "../util/vat-view"
import { type CatalogParams, backendQuery, lowestPrice } from "../util/catalog-query"
import { MISSING_KEY_REASON, describeError, withTimeout } from "../util/errors"
import { type ProductCard, toProductCard } from "../util/products"
import { getAuthHeaders } from "./cookies"
import { attempt, b2bFetch } from "./fetch"

export type B2BCatalog =
  | {
      ok: true
      products: ProductCard[]
      count: number
      facets: Facet[]
      categories: Category[]
      /** Whether prices are shown with or without VAT (the buyer's `?vat=`, else the price type's terms). */
      display: VatDisplay
      /** Whether any price is shown (the toggle is offered then). */
      priced: boolean
    }
  | { ok: false; reason: string }

/**
 * One page of the catalog through the buyer API: products of a category (subtree), search and 1C attribute
 * filters, the filter panel's facets, the category list, and — for a signed-in buyer — contract prices
 * (one /store/b2b/prices call for the page's variants), shown with or without VAT as `p.vat` says, else in
 * the price type's terms. Never throws.
 */
export async function listCatalog(p: CatalogParams): Promise<B2BCatalog> {
  const { sdk, config } = getSdk()
  if (!config.publishableKey) return { ok: false, reason: MISSING_KEY_REASON }
  const auth = await getAuthHeaders()
  const [products, facets, categories] = await Promise.all([
    b2bFetch<{ products: CatalogProduct[]; count: number }>("/store/b2b/catalog/products", {
      query: backendQuery(p),
    }),
    b2bFetch<{ facets: Facet[] }>("/store/b2b/catalog/facets", {
      query: { ...backendQuery(p, false), max_attributes: 12, max_values: 12 },
    }),
    attempt(() =>
      sdk.store.category.list({ fields: "id,name,parent_category_id", limit: 500 }, auth)
    ),
  ])
  if (!products.ok) return { ok: false, reason: products.message }
  const variantIds = products.data.products.flatMap((x) => x.variants.map((v) => v.id))
  const prices = new Map<string, ContractPrice>()
  if (auth.authorization && variantIds.length) {
    const r = await b2bFetch<{ prices: VariantPrice[] }>("/store/b2b/prices", {
      query: { variant_id: variantIds, quantity: 1 },
    })
    if (r.ok) for (const x of r.data.prices) prices.set(x.variant_id, x)
  }
  const display = pricesDisplay(p.vat, [...prices.values()])
  return {
    ok: true,
    count: products.data.count,
    display,
    priced: [...prices.values()].some((x) => x.amount !== null && x.amount !== undefined),
    products: products.data.products.map((x) =>
      toProductCard(
        {
          ...x,
          b2b_price_from: lowestPrice(
            x.variants.map((v) => v.id),
            prices,
            display
          ),
        },
        display
      )
    ),
    facets: facets.ok ? facets.data.facets : [],
    categories: categories.ok
      ? categories.data.product_categories.map((c) => ({
          id: c.id,
          name: c.name,
          parent_category_id: c.parent_category_id ?? null,
        }))
      : [],
  }
}

const PRODUCT_FIELDS =
  "id,title,handle,description,thumbnail,*variants,+variants.inventory_quantity"

/**
 * The product by handle through Medusa's store API; for a signed-in buyer the backend adds the contract
 * price of each variant (b2b_price) and leaves out products a mass rule hides from them.
 */
export async function retrieveProduct(
  handle: string
): Promise<{ product: Product | null; error: string | null }> {
  const { sdk, config } = getSdk()
  if (!config.publishableKey) return { product: null, error: MISSING_KEY_REASON }
  const auth = await getAuthHeaders()
  try {
    const { products } = await withTimeout(
      sdk.store.product.list({ handle, fields: PRODUCT_FIELDS, limit: 1 }, auth),
      10_000
    )
    // b2b_price is the backend's addition to the store product, which HttpTypes do not know of
    return { product: (products?.[0] as unknown as Product | undefined) ?? null, error: null }
  } catch (err) {
    return { product: null, error: describeError(err, config.backendUrl) }
  }
}
