/**
 * HTTP shapes of contract pricing, catalog and price lists (/admin/b2b/pricing/*,
 * /admin/b2b/product-terms, /store/b2b/prices, /store/b2b/catalog/*, /store/b2b/price-lists).
 * Type-only: imported by the routes and the storefront.
 */

export type * from "./responses"

export type {
  ExplainQuery as AdminExplainPriceQuery,
  SetVariantPrices as AdminSetVariantPrices,
} from "../../api/admin/b2b/pricing/validators"
export type { SetProductTerms as AdminSetProductTerms } from "../../api/admin/b2b/product-terms/validators"
export type { StorePricesQuery } from "../../api/store/b2b/prices/validators"
export type { CatalogQuery as StoreCatalogQuery } from "../../api/store/b2b/catalog/validators"
export type { RequestPriceList as StoreRequestPriceList } from "../../api/store/b2b/price-lists/validators"
