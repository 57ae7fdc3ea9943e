/** The catalog as the buyer API (/store/b2b/catalog/*, /store/b2b/prices) and Medusa's store API return it. */

/**
 * A contract price (the buyer's, from the backend's price engine); null amount = hidden. `amount` is in the
 * price type's terms (`vat_included`); `net` / `vat` / `gross` are one unit as a cart line charges it (the
 * backend's one money rule, "1234.50"), `vat_rate` its percent (null: not subject to VAT).
 */
export type ContractPrice = {
  amount: number | string | null
  currency_code: string
  vat_included?: boolean
  vat_rate?: string | null
  net?: string | null
  vat?: string | null
  gross?: string | null
}

export type Facet = { name: string; products: number; values: { value: string; count: number }[] }

export type Category = { id: string; name: string; parent_category_id: string | null }

export type CatalogProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  article: string | null
  variants: { id: string; sku: string | null; title: string }[]
}

export type VariantPrice = ContractPrice & { variant_id: string }

/** A variant as the store API returns it to a signed-in buyer (b2b_price from the contract engine). */
export type VariantLike = {
  id: string
  title?: string | null
  sku?: string | null
  inventory_quantity?: number | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  b2b_price?: ContractPrice | null
}

/** The product page's product (Medusa's store API, with the contract price per variant). */
export type Product = {
  id: string
  title: string
  handle: string
  description: string | null
  thumbnail: string | null
  variants: VariantLike[]
}
