import { formatMoney } from "./format"
import { type VatDisplay, priceTermsLabel, priceView } from "./vat-view"

import type { VariantLike } from "@/types/catalog"

export type VariantRow = {
  id: string
  title: string
  sku: string
  price: string | null
  stock: string
  orderable: boolean
  /** The terms `price` is shown in ("with" / "without" VAT), null when there is no price. */
  vat: VatDisplay | null
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

/**
 * The product page's rows; each contract price with or without VAT as `display` says (by default in the
 * price's own terms), from the backend's one-unit gross / net: what a cart line of one unit charges.
 */
export function variantRows(
  variants: VariantLike[] | null | undefined,
  display?: VatDisplay
): VariantRow[] {
  return (variants ?? []).map((v) => {
    const s = stockLabel(v)
    const p = v.b2b_price
    const shown = priceView(p, display ?? (p?.vat_included === false ? "without" : "with"))
    return {
      id: v.id,
      title: v.title?.trim() || "—",
      sku: v.sku?.trim() || "—",
      price: shown ? formatMoney(shown.amount, p!.currency_code) : null,
      stock: s.label,
      orderable: s.orderable,
      vat: shown ? shown.display : null,
    }
  })
}

/**
 * A dynamic route segment as typed: Next hands `params` over percent-encoded, and 1C products get
 * Cyrillic handles ("стулья-05e26d77"), which the store API must receive decoded. A malformed escape is
 * kept as it is (no such product then, rather than an error page).
 */
/** The price column's heading: "Цена с НДС" / "Цена без НДС" as the prices are shown (mixed: per price). */
export function priceColumnLabel(rows: Pick<VariantRow, "vat" | "price">[]): string {
  const terms = new Set(rows.filter((r) => r.price !== null && r.vat !== null).map((r) => r.vat!))
  if (terms.size === 1) return priceTermsLabel([...terms][0]!)
  return "Цена"
}

export function routeParam(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}
