/** The catalog as the buyer API (/store/b2b/catalog/*, /store/b2b/prices) and Medusa's store API return it. */

import type { ContractPrice } from "@b2b/types/pricing/responses"

export type {
  CatalogProduct,
  ContractPrice,
  Facet,
  VariantPrice,
} from "@b2b/types/pricing/responses"

// Medusa's own store API (categories, products): not the plugin's shapes
export type Category = { id: string; name: string; parent_category_id: string | null }

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
