/**
 * HTTP shapes of contract pricing, catalog and price lists (/admin/b2b/pricing/*,
 * /admin/b2b/product-terms, /store/b2b/prices, /store/b2b/catalog/*, /store/b2b/price-lists).
 * Type-only: imported by the routes and the storefront.
 */

/** a contract price as a buyer is shown it (null amount: hidden) */
export type ContractPrice = {
  amount: number | string | null
  currency_code: string
  source?: string | null
  vat_included?: boolean
}

/** a row of GET /store/b2b/prices */
export type VariantPrice = ContractPrice & { variant_id: string; hidden?: boolean }

/** GET /store/b2b/prices */
export type StorePricesResponse = { prices: VariantPrice[]; quantity: number }

export type Facet = { name: string; products: number; values: { value: string; count: number }[] }

export type CatalogProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  article: string | null
  attributes?: Record<string, unknown>
  variants: { id: string; sku: string | null; title: string }[]
}

/** GET /store/b2b/catalog/products */
export type StoreCatalogProductsResponse = {
  products: CatalogProduct[]
  count: number
  limit: number
  offset: number
  filters?: unknown
}

/** GET /store/b2b/catalog/facets */
export type StoreCatalogFacetsResponse = { facets: Facet[]; filters?: unknown }

export type {
  ExplainQuery as AdminExplainPriceQuery,
  SetVariantPrices as AdminSetVariantPrices,
} from "../../api/admin/b2b/pricing/validators"
export type { SetProductTerms as AdminSetProductTerms } from "../../api/admin/b2b/product-terms/validators"
export type { StorePricesQuery } from "../../api/store/b2b/prices/validators"
export type { CatalogQuery as StoreCatalogQuery } from "../../api/store/b2b/catalog/validators"
export type { RequestPriceList as StoreRequestPriceList } from "../../api/store/b2b/price-lists/validators"
