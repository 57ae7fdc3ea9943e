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

/** a row of a contract-pricing entity (agreements, price types, rules, price lists, …: the model's own fields) */
export type PricingRow = { id: string } & Record<string, unknown>

/** GET /admin/b2b/pricing/:entity: the rows under the entity's name (`price_types`, …) */
export type AdminPricingListResponse = { count: number; limit: number; offset: number } & {
  [entity: string]: PricingRow[] | number
}

/** POST /admin/b2b/pricing/:entity: the row created, under the entity's singular name (`price_type`, …) */
export type AdminPricingCreateResponse = { [entity: string]: PricingRow }

/** GET, POST /admin/b2b/pricing/:entity/:id */
export type AdminPricingItemResponse = { item: PricingRow }

/** DELETE /admin/b2b/pricing/:entity/:id */
export type AdminPricingDeleteResponse = { id: string; deleted: true }

/** where a contract price comes from */
export type PriceProvenance = {
  source:
    | "variant_rule"
    | "product_rule"
    | "category_rule"
    | "agreement_price_type"
    | "cart_total_price_type"
    | "regional_price_type"
    | "base_price"
  rule_id?: string
  price_list_id?: string
  category_id?: string
  kind?: "fixed" | "discount_percent" | "multiplier"
  rule_value?: string
  min_quantity?: number
  price_type_id?: string
  agreement_id?: string
  reference_amount?: string
  mass_rule_ids?: string[]
  rate?: { from: string; to: string; from_rate: string; to_rate: string; date: string }
  rounding_step?: string
  vat_included?: boolean
}

/** a price as the engine resolved it, with its provenance */
export type ResolvedPrice = {
  variant_id: string
  amount: string | null
  amount_minor: number | null
  currency_code: string
  hidden: boolean
  provenance: PriceProvenance | null
}

/** GET /admin/b2b/pricing/explain: "why this price" */
export type AdminPriceExplainResponse = { price: ResolvedPrice | undefined }

/** POST /admin/b2b/pricing/variant-prices */
export type AdminSetVariantPricesResponse = {
  result: { created: number; updated: number; deleted: number }
}

/** a unit a product is also sold in (a box of `coefficient` base units) */
export type ProductUnit = { code: string; name: string; coefficient: number }

/** wholesale terms of a product or variant */
export type ProductTerms = {
  id: string
  product_id: string
  variant_id: string | null
  min_quantity: number
  multiple: number
  base_unit: string
  units: ProductUnit[] | null
  weight_kg: string | null
  created_at: string
}

/** GET and POST /admin/b2b/product-terms */
export type AdminProductTermsResponse = { product_terms: ProductTerms[] }

/** a price list download the buyer asked for */
export type PriceListExport = {
  id: string
  status: "pending" | "running" | "done" | "failed"
  format: "xlsx" | "pdf"
  /** percent */
  progress: number
  processed: number
  total: number
  error: string | null
  file_name: string | null
  download_url: string | null
  created_at: string
  finished_at: string | null
}

/** GET /store/b2b/price-lists */
export type StorePriceListListResponse = { price_lists: PriceListExport[] }

/** GET /store/b2b/price-lists/:id, POST /store/b2b/price-lists */
export type StorePriceListResponse = { price_list: PriceListExport }

/** GET /store/b2b/price-lists/:id/download: the XLSX or PDF */
export type PriceListFile = Uint8Array
