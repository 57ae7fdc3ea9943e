import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  refreshPaymentCollectionForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { grossUpPlan } from "../../common/utils/money"

/** Helpers of prepareSplitCartsStep: copying lines into sibling carts, their payment sessions, the undo. */

/** The line fields a sibling cart copies. */
export const LINE_COPY = [
  "title",
  "subtitle",
  "thumbnail",
  "product_id",
  "product_title",
  "product_description",
  "product_subtitle",
  "product_type",
  "product_type_id",
  "product_collection",
  "product_handle",
  "variant_id",
  "variant_sku",
  "variant_barcode",
  "variant_title",
  "variant_option_values",
  "requires_shipping",
  "is_discountable",
  "is_giftcard",
  "is_tax_inclusive",
  "is_custom_price",
  "metadata",
]

/**
 * A grossed-up line (lib/money grossUpPlan) at another quantity: its Medusa unit price, VAT terms and
 * metadata for that quantity, so that Medusa's total stays the gross to the kopeck; null otherwise.
 */
export function regrossFor(item: any, quantity: number) {
  if (quantity === Number(item.quantity)) return null
  const [g] = grossUpPlan([{ ...item, quantity, raw_quantity: undefined }])
  return g && item.is_tax_inclusive
    ? { unit_price: g.unit_price, is_tax_inclusive: g.is_tax_inclusive, metadata: g.metadata }
    : null
}

/** A line's data for another cart: the same product snapshot at the SAME unit price (a grossed-up line: the same net price). */
export function copyLine(item: any, quantity: number) {
  const out: Record<string, unknown> = {
    quantity,
    unit_price: item.raw_unit_price ?? item.unit_price,
  }
  for (const k of LINE_COPY) if (item[k] !== undefined) out[k] = item[k]
  // a VAT-exclusive line carried tax-inclusive at gross / quantity: grossed up for its new quantity
  const regrossed = regrossFor(item, quantity)
  if (regrossed) Object.assign(out, regrossed)
  if (item.raw_compare_at_unit_price ?? item.compare_at_unit_price)
    out.compare_at_unit_price = item.raw_compare_at_unit_price ?? item.compare_at_unit_price
  if (item.tax_lines?.length)
    out.tax_lines = item.tax_lines.map((t: any) => ({
      code: t.code,
      rate: t.rate,
      description: t.description,
      tax_rate_id: t.tax_rate_id,
      provider_id: t.provider_id,
    }))
  return out
}

export type PreparedCompensation = {
  cart_id: string
  created_cart_ids: string[]
  links: Record<string, unknown>[]
  original_metadata: Record<string, unknown> | null
  original_items: any[]
  touched: boolean
  provider_id: string | null
}

export async function ensurePaymentSession(
  container: any,
  cartId: string,
  providerId: string | null,
  refresh: boolean
) {
  if (refresh)
    await refreshPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cartId } })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let { data } = await query.graph({
    entity: "cart",
    fields: ["id", "payment_collection.id", "payment_collection.payment_sessions.id"],
    filters: { id: cartId },
  })
  // cast to any: query.graph/module results are typed without the relations and raw fields requested here
  if (!data[0]?.payment_collection) {
    await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cartId } })
    ;({ data } = await query.graph({
      entity: "cart",
      fields: ["id", "payment_collection.id", "payment_collection.payment_sessions.id"],
      filters: { id: cartId },
    }))
  }
  // cast to any: query.graph/module results are typed without the relations and raw fields requested here
  const pc = data[0].payment_collection
  if (providerId && !(pc.payment_sessions ?? []).length) {
    await createPaymentSessionsWorkflow(container).run({
      input: { payment_collection_id: pc.id, provider_id: providerId },
    })
  }
}

export async function undoPrepared(container: any, comp: PreparedCompensation) {
  const cartModule = container.resolve(Modules.CART)
  if (comp.links.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(comp.links)
  if (comp.created_cart_ids.length) await cartModule.softDeleteCarts(comp.created_cart_ids)
  if (!comp.touched) return
  const current = await cartModule.listLineItems({ cart_id: comp.cart_id }, { take: null })
  const now = new Map(current.map((i: any) => [i.id, i]))
  const readd: any[] = []
  for (const i of comp.original_items) {
    // cast to any: query.graph/module results are typed without the relations and raw fields requested here
    const cur = now.get(i.id) as any
    if (!cur) readd.push({ cart_id: comp.cart_id, ...copyLine(i, Number(i.quantity)) })
    else if (Number(cur.quantity) !== Number(i.quantity))
      await cartModule.updateLineItems(i.id, {
        quantity: Number(i.quantity),
        // a grossed-up line was grossed up for the quantity kept: its price back too
        unit_price: i.raw_unit_price ?? i.unit_price,
        is_tax_inclusive: i.is_tax_inclusive,
      })
  }
  if (readd.length) await cartModule.addLineItems(readd)
  // module updates merge metadata: keys this placement added are removed with ""
  const [now_] = await cartModule.listCarts({ id: comp.cart_id }, { select: ["id", "metadata"] })
  const added = Object.keys(now_?.metadata ?? {}).filter(
    (k) => !(k in (comp.original_metadata ?? {}))
  )
  await cartModule.updateCarts(comp.cart_id, {
    metadata: {
      ...(comp.original_metadata ?? {}),
      ...Object.fromEntries(added.map((k) => [k, ""])),
    },
  })
  await ensurePaymentSession(container, comp.cart_id, comp.provider_id, true)
}
