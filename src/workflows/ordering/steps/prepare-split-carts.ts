import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  refreshPaymentCollectionForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { COMPANY_MODULE } from "../../../modules/company"
import { Placement } from "../utils/place-order"

const LINE_COPY = [
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

/** A line's data for another cart: the same product snapshot at the SAME unit price. */
function copyLine(item: any, quantity: number) {
  const out: Record<string, unknown> = {
    quantity,
    unit_price: item.raw_unit_price ?? item.unit_price,
  }
  for (const k of LINE_COPY) if (item[k] !== undefined) out[k] = item[k]
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

type PreparedCompensation = {
  cart_id: string
  created_cart_ids: string[]
  links: Record<string, unknown>[]
  original_metadata: Record<string, unknown> | null
  original_items: any[]
  touched: boolean
  provider_id: string | null
}

async function ensurePaymentSession(
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
  if (!(data[0] as any)?.payment_collection) {
    await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cartId } })
    ;({ data } = await query.graph({
      entity: "cart",
      fields: ["id", "payment_collection.id", "payment_collection.payment_sessions.id"],
      filters: { id: cartId },
    }))
  }
  // cast to any: query.graph/module results are typed without the relations and raw fields requested here
  const pc = (data[0] as any).payment_collection
  if (providerId && !(pc.payment_sessions ?? []).length) {
    await createPaymentSessionsWorkflow(container).run({
      input: { payment_collection_id: pc.id, provider_id: providerId },
    })
  }
}

/**
 * Makes one cart per planned order: the cart itself keeps the first order's lines (quantities
 * reduced, other lines removed), each further order gets a sibling cart with the same customer,
 * region, sales channel, addresses, metadata, counterparty link, shipping method and payment
 * provider, its lines at the same unit prices. Every cart gets its order's metadata. Compensation
 * deletes the siblings and restores the cart's lines, metadata and payment collection.
 */
export const prepareSplitCartsStep = createStep(
  "ordering-prepare-split-carts",
  async (placement: Placement, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const cartModule = container.resolve(Modules.CART)
    const { data } = await query.graph({
      entity: "cart",
      fields: [
        "*",
        "items.*",
        "items.tax_lines.*",
        "shipping_methods.*",
        "shipping_methods.tax_lines.*",
        "shipping_address.*",
        "billing_address.*",
        "payment_collection.payment_sessions.provider_id",
        "b2b_legal_entity.id",
      ],
      filters: { id: placement.cart_id },
    })
    // cast to any: query.graph/module results are typed without the relations and raw fields requested here
    const cart = data[0] as any
    // cast to any: query.graph/module results are typed without the relations and raw fields requested here
    const items = (cart.items ?? []) as any[]
    const byId = new Map(items.map((i) => [i.id, i]))
    const providerId: string | null =
      cart.payment_collection?.payment_sessions?.[0]?.provider_id ?? null
    const comp: PreparedCompensation = {
      cart_id: cart.id,
      created_cart_ids: [],
      links: [],
      original_metadata: cart.metadata ?? null,
      original_items: items,
      touched: false,
      provider_id: providerId,
    }
    const cartIds: string[] = [cart.id]
    try {
      const first = placement.orders[0]
      const keep = new Map(first.lines.map((l) => [l.line_id, l.quantity]))
      comp.touched = true
      await cartModule.updateCarts(cart.id, {
        metadata: { ...(cart.metadata ?? {}), ...first.metadata },
      })
      const changed = items.some((i) => (keep.get(i.id) ?? 0) !== Number(i.quantity))
      const toDelete = items.filter((i) => !keep.has(i.id)).map((i) => i.id)
      if (toDelete.length) await cartModule.deleteLineItems(toDelete)
      for (const i of items) {
        const q = keep.get(i.id)
        if (q !== undefined && q !== Number(i.quantity))
          await cartModule.updateLineItems(i.id, { quantity: q })
      }

      const addr = (a: any) => {
        if (!a) return undefined
        const { id: _id, created_at: _c, updated_at: _u, deleted_at: _d, ...rest } = a
        return rest
      }
      const link = container.resolve(ContainerRegistrationKeys.LINK)
      for (const o of placement.orders.slice(1)) {
        const [sibling] = await cartModule.createCarts([
          {
            region_id: cart.region_id,
            customer_id: cart.customer_id,
            email: cart.email,
            sales_channel_id: cart.sales_channel_id,
            currency_code: cart.currency_code,
            shipping_address: addr(cart.shipping_address),
            billing_address: addr(cart.billing_address),
            metadata: { ...(cart.metadata ?? {}), ...o.metadata, b2b_split_from_cart_id: cart.id },
            // cast to any: query.graph/module results are typed without the relations and raw fields requested here
            items: o.lines.map((l) => copyLine(byId.get(l.line_id), l.quantity)) as any,
          },
          // cast to any: the DML-inferred create/update input types numbers for bigNumber columns and no jsonb shapes; rows carry decimal strings and JSON
        ] as any)
        comp.created_cart_ids.push(sibling.id)
        cartIds.push(sibling.id)
        if (cart.b2b_legal_entity?.id) {
          const def = {
            [COMPANY_MODULE]: { b2b_legal_entity_id: cart.b2b_legal_entity.id },
            [Modules.CART]: { cart_id: sibling.id },
          }
          await link.create(def)
          comp.links.push(def)
        }
        // cast to any: query.graph/module results are typed without the relations and raw fields requested here
        const methods = ((cart.shipping_methods ?? []) as any[]).map((m) => ({
          cart_id: sibling.id,
          name: m.name,
          description: m.description ?? undefined,
          amount: m.raw_amount ?? m.amount,
          is_tax_inclusive: m.is_tax_inclusive,
          shipping_option_id: m.shipping_option_id ?? undefined,
          data: m.data ?? undefined,
          metadata: m.metadata ?? undefined,
          tax_lines: (m.tax_lines ?? []).map((t: any) => ({
            code: t.code,
            rate: t.rate,
            description: t.description,
            tax_rate_id: t.tax_rate_id,
            provider_id: t.provider_id,
          })),
        }))
        // cast to any: the DML-inferred create/update input types numbers for bigNumber columns and no jsonb shapes; rows carry decimal strings and JSON
        if (methods.length) await cartModule.addShippingMethods(methods as any)
        await ensurePaymentSession(container, sibling.id, providerId, false)
      }
      if (changed) await ensurePaymentSession(container, cart.id, providerId, true)
    } catch (e) {
      await undoPrepared(container, comp)
      throw e
    }
    return new StepResponse({ cart_ids: cartIds }, comp)
  },
  async (comp, { container }) => {
    if (comp) await undoPrepared(container, comp)
  }
)

async function undoPrepared(container: any, comp: PreparedCompensation) {
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
      await cartModule.updateLineItems(i.id, { quantity: Number(i.quantity) })
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
