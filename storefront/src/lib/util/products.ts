import type { ContractPrice } from "@/types/catalog"

import { formatMoney } from "./format"

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
  /** The signed-in buyer's contract price ("from" the cheapest variant), else null. */
  contractPrice: string | null
  /** "с НДС" / "без НДС": the terms of that price (its price type's), null when unknown. */
  contractPriceVat: string | null
}

export const UNTITLED = "Без названия"

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim()
  return trimmed ? trimmed : null
}

export function toProductCard(product: StoreProductLike): ProductCard {
  const variants = Array.isArray(product.variants) ? product.variants : []
  const first = variants[0]
  const priced = first?.calculated_price
  const amount = priced?.calculated_amount

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
    contractPrice:
      product.b2b_price_from?.amount === null || product.b2b_price_from?.amount === undefined
        ? null
        : `${variants.length > 1 ? "от " : ""}${formatMoney(product.b2b_price_from.amount, product.b2b_price_from.currency_code)}`,
    contractPriceVat:
      typeof product.b2b_price_from?.vat_included === "boolean"
        ? product.b2b_price_from.vat_included
          ? "с НДС"
          : "без НДС"
        : null,
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
