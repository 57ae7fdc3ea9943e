import { formatMoney } from "./format"

import type { VariantLike } from "@/types/catalog"

export type VariantRow = {
  id: string
  title: string
  sku: string
  price: string | null
  stock: string
  orderable: boolean
  vat_included: boolean | null
}

/** Stock in words a buyer can act on: exact up to 100, "> 100" beyond (competitors are buyers too). */
export function stockLabel(
  v: Pick<VariantLike, "inventory_quantity" | "manage_inventory" | "allow_backorder">
): { label: string; orderable: boolean } {
  if (v.manage_inventory === false) return { label: "в наличии", orderable: true }
  const q = typeof v.inventory_quantity === "number" ? v.inventory_quantity : null
  if (q !== null && q > 100) return { label: "более 100 шт.", orderable: true }
  if (q !== null && q > 0) return { label: `${q} шт.`, orderable: true }
  return v.allow_backorder
    ? { label: "под заказ", orderable: true }
    : { label: "нет в наличии", orderable: false }
}

export function variantRows(variants: VariantLike[] | null | undefined): VariantRow[] {
  return (variants ?? []).map((v) => {
    const s = stockLabel(v)
    const amount = v.b2b_price?.amount
    return {
      id: v.id,
      title: v.title?.trim() || "—",
      sku: v.sku?.trim() || "—",
      price:
        amount === null || amount === undefined
          ? null
          : formatMoney(amount, v.b2b_price!.currency_code),
      stock: s.label,
      orderable: s.orderable,
      vat_included:
        typeof v.b2b_price?.vat_included === "boolean" ? v.b2b_price.vat_included : null,
    }
  })
}

/**
 * A dynamic route segment as typed: Next hands `params` over percent-encoded, and 1C products get
 * Cyrillic handles ("стулья-05e26d77"), which the store API must receive decoded. A malformed escape is
 * kept as it is (no such product then, rather than an error page).
 */
/** The price column's heading: "Ваша цена с НДС" / "без НДС" as the prices are (mixed: per price). */
export function priceColumnLabel(rows: Pick<VariantRow, "vat_included" | "price">[]): string {
  const flags = new Set(
    rows.filter((r) => r.price !== null && r.vat_included !== null).map((r) => r.vat_included)
  )
  if (flags.size === 1) return flags.has(false) ? "Ваша цена без НДС" : "Ваша цена с НДС"
  return "Ваша цена"
}

export function routeParam(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}
