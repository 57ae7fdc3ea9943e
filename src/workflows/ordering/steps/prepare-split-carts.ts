import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import { Placement } from "../utils/place-order"
import {
  copyLine,
  ensurePaymentSession,
  regrossFor,
  undoPrepared,
  type PreparedCompensation,
} from "../utils/split-carts"

/**
 * Makes one cart per planned order: the cart itself keeps the first order's lines (quantities
 * reduced, other lines removed), each further order gets a sibling cart with the same customer,
 * region, sales channel, addresses, metadata, link to the placement's counterparty, shipping method and payment
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
          await cartModule.updateLineItems(i.id, { quantity: q, ...(regrossFor(i, q) ?? {}) })
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
        ])
        comp.created_cart_ids.push(sibling.id)
        cartIds.push(sibling.id)
        if (placement.counterparty) {
          const def = {
            [COMPANY_MODULE]: { b2b_legal_entity_id: placement.counterparty.legal_entity_id },
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
        if (methods.length) await cartModule.addShippingMethods(methods)
        await ensurePaymentSession(container, sibling.id, providerId, false)
      }
      if (changed) await ensurePaymentSession(container, cart.id, providerId, true)
    } catch (e) {
      await undoPrepared(container, comp)
      throw e
    }
    return new StepResponse({ cart_ids: cartIds, counterparty: placement.counterparty }, comp)
  },
  async (comp, { container }) => {
    if (comp) await undoPrepared(container, comp)
  }
)
