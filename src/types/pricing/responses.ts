/**
 * Response shapes of the pricing API, self-contained (they import nothing), so any TypeScript program can
 * take them: the storefront imports them through its `@b2b/types/*` path. Re-exported by ./http.ts.
 */

/** a contract price as a buyer is shown it (null amount: hidden) */
/**
 * A contract price (the buyer's, from the price engine); null amount = hidden. `amount` is in the price type's
 * terms (`vat_included`); `net` / `vat` / `gross` are one unit as a cart line charges it (the one money rule,
 * "1234.50"), `vat_rate` its percent (null: not subject to VAT).
 */
export type ContractPrice = {
  amount: number | string | null
  currency_code: string
  source?: string | null
  vat_included?: boolean
  vat_rate?: string | null
  net?: string | null
  vat?: string | null
  gross?: string | null
}

/** a row of GET /store/b2b/prices */
export type VariantPrice = ContractPrice & { variant_id: string; hidden?: boolean }

/** GET /store/b2b/prices */
export type StorePricesResponse = { prices: VariantPrice[]; quantity: number }

export type Facet = {
  name: string
  /** "attribute": a 1C property, filtered with attr[name]; "option": a product option (1C characteristic), opt[name] */
  kind?: "attribute" | "option"
  products: number
  values: { value: string; count: number }[]
}

export type CatalogProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  article: string | null
  attributes?: Record<string, unknown>
  /** product options (1C characteristics) with their values, for one picker per option */
  options?: { title: string; values: string[] }[]
  /** each variant with its value per option (option title → value) */
  variants: { id: string; sku: string | null; title: string; options?: Record<string, string> }[]
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
