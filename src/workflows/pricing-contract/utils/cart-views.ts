import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaTotals, minorToString, moneyFields } from "../../common/utils/money"

/** A cart's money as the portal charges it: net / VAT / gross per line and in total (lib/money). */
export async function cartMoney(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "currency_code", ...moneyFields()],
    filters: { id: cartId },
  })
  return moneyView(data[0])
}

/** The public shape of medusaTotals for a cart or an order. */
export function moneyView(
  src: { currency_code?: string; items?: any[] | null; shipping_methods?: any[] | null } | undefined
) {
  if (!src) return null
  const t = medusaTotals(src)
  return {
    currency_code: src.currency_code,
    net: t.net,
    vat: t.vat,
    gross: t.gross,
    shipping_gross: t.shipping_gross,
    vat_included: t.vat_included,
    lines: (src.items ?? []).map((i, n) => ({
      id: i.id,
      unit_price: t.lines[n].unit_price,
      quantity: t.lines[n].quantity,
      vat_included: t.lines[n].vat_included,
      vat_rate: t.lines[n].rate,
      net: minorToString(t.lines[n].net),
      vat: minorToString(t.lines[n].vat),
      gross: minorToString(t.lines[n].gross),
    })),
  }
}

/** What the b2b cart routes answer of a cart (lines, totals, counterparty). */
export const CART_RESPONSE_FIELDS = [
  "id",
  "currency_code",
  "region_id",
  "customer_id",
  "email",
  "total",
  "subtotal",
  "tax_total",
  "item_total",
  "items.*",
  "b2b_legal_entity.id",
]

/**
 * A cart as the b2b cart routes answer it; `fields` (Medusa's `?fields=` of the request, already
 * validated) narrows it, e.g. `fields=id,total` to skip the lines of a 500-line cart.
 */
export async function cartResponse(
  container: MedusaContainer,
  cartId: string,
  fields: string[] = CART_RESPONSE_FIELDS
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields,
    filters: { id: cartId },
  })
  return data[0]
}
