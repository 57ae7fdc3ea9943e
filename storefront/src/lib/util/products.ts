import type { ContractPrice } from "@/types/catalog"

import { formatMoney } from "./format"
import { type VatDisplay, priceView, vatLabel } from "./vat-view"

/**
 * The subset of a store API product (HttpTypes.StoreProduct) the storefront
 * uses. Kept structural so tests can pass plain objects and partial `fields`
 * selections type-check.
 */
export type StoreVariantLike = {
  id?: string | null
  title?: string | null
  sku?: string | null
  calculated_price?: {
    calculated_amount?: number | string | null
    currency_code?: string | null
  } | null
}

export type StoreProductLike = {
  id: string
  /** the buyer's lowest contract price over the variants (backend, signed-in buyers only) */
  b2b_price_from?: ContractPrice | null
  title?: string | null
  handle?: string | null
  thumbnail?: string | null
  variants?: StoreVariantLike[] | null
}

/** What a product card on the home page shows. */
export type ProductCard = {
  id: string
  title: string
  handle: string | null
  thumbnail: string | null
  variantCount: number
  /** SKU of the first variant, null when there are no variants or no SKU. */
  firstSku: string | null
  /** Formatted price of the first variant (needs a region), else null. */
  price: string | null
  /** The signed-in buyer's contract price ("from" the cheapest variant) in the shown terms, else null. */
  contractPrice: string | null
  /** "с НДС" / "без НДС": the terms `contractPrice` is in, null when there is no price. */
  contractPriceVat: string | null
}

export const UNTITLED = "Без названия"

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim()
  return trimmed ? trimmed : null
}

/**
 * A product card; the contract price is shown with or without VAT as `display` says (by default in the
 * price's own terms), from the backend's one-unit gross / net.
 */
export function toProductCard(product: StoreProductLike, display?: VatDisplay): ProductCard {
  const variants = Array.isArray(product.variants) ? product.variants : []
  const first = variants[0]
  const priced = first?.calculated_price
  const amount = priced?.calculated_amount
  const from = product.b2b_price_from
  const shown = priceView(from, display ?? (from?.vat_included === false ? "without" : "with"))

  return {
    id: product.id,
    title: nonEmpty(product.title) ?? nonEmpty(product.handle) ?? UNTITLED,
    handle: nonEmpty(product.handle),
    thumbnail: nonEmpty(product.thumbnail),
    variantCount: variants.length,
    firstSku: nonEmpty(first?.sku),
    price:
      amount === null || amount === undefined
        ? null
        : formatMoney(amount, priced?.currency_code ?? undefined),
    contractPrice: shown
      ? `${variants.length > 1 ? "от " : ""}${formatMoney(shown.amount, from!.currency_code)}`
      : null,
    contractPriceVat: shown ? vatLabel(shown.display) : null,
  }
}

/** "1 вариант", "2 варианта", "5 вариантов". */
export function pluralVariants(n: number): string {
  const mod10 = n % 10
  const mod100 = n % 100
  let word = "вариантов"
  if (mod10 === 1 && mod100 !== 11) word = "вариант"
  else if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) word = "варианта"
  return `${n} ${word}`
}
