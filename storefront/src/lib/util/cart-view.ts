/** The cart page's view of the buyer API's answers (pure, tested). */

import type { Cart, QuickRowResult } from "@/types/cart"

const DEFAULT_MESSAGES: Record<QuickRowResult["status"], string> = {
  added: "добавлено",
  unknown_sku: "артикул не найден в каталоге",
  invalid_quantity: "количество не подходит",
  unavailable: "нет в наличии в нужном количестве",
}

/** One line per input row that was not added ("строка 3, ART-9: артикул не найден"), and the count added. */
export function quickOrderReport(rows: QuickRowResult[]): { added: number; problems: string[] } {
  const problems = rows
    .filter((r) => r.status !== "added")
    .map(
      (r) =>
        `Строка ${r.row}${r.sku ? `, ${r.sku}` : ""}: ${r.message?.trim() || DEFAULT_MESSAGES[r.status]}`
    )
  return { added: rows.filter((r) => r.status === "added").length, problems }
}

/** Lines in the order they were added, each with its product name, article and amount before VAT (as the price is). */
export function cartLines(cart: Pick<Cart, "items"> | null): {
  id: string
  name: string
  sku: string
  quantity: number
  unit_price: number | string
  amount: number | string | null
}[] {
  return (cart?.items ?? []).map((i) => ({
    id: i.id,
    name:
      i.product_title && i.title && i.product_title !== i.title && i.title !== "Default variant"
        ? `${i.product_title} — ${i.title}`
        : i.product_title || i.title,
    sku: i.variant_sku ?? "—",
    quantity: Number(i.quantity),
    unit_price: i.unit_price,
    amount: i.subtotal ?? null,
  }))
}

/** A quantity typed into the cart: a whole number from 0 (0 removes the line), else null. */
export function parseQuantity(raw: unknown): number | null {
  const s = String(raw ?? "").trim()
  if (!/^\d{1,7}$/.test(s)) return null
  return Number(s)
}
