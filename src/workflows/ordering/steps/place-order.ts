import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  cancelOrderWorkflow,
  completeCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  refreshPaymentCollectionForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { portalSettings } from "../../../lib/portal-settings"
import {
  partitionCart,
  pickLocation,
  preorderDateError,
  type SplitKind,
  type SplitLine,
  type SplitPart,
  type Stock,
} from "../../../modules/ordering"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

export type PlaceOrderInput = {
  cart_id: string
  customer_id: string
  legal_entity_id: string
  /** The counterparty's sales region (picks the delivery warehouse among the sales channel's ones). */
  region_code: string | null
  /** Requested shipment date of pre-order lines (else metadata.b2b_checkout.preorder_date). */
  preorder_date?: string | null
}

export type ShipmentPlanEntry = {
  key: string
  kind: SplitKind
  location_id: string | null
  preorder_date?: string
  items: { variant_id: string | null; quantity: number }[]
}

/** One order to be placed: which lines (and how much of each) and what its metadata says. */
export type PlannedOrder = {
  key: string
  kind: SplitKind | null
  seller_organization_id: string | null
  location_id: string | null
  preorder_date: string | null
  lines: { line_id: string; quantity: number }[]
  metadata: Record<string, unknown>
}

export type Placement = {
  placement_id: string
  cart_id: string
  mode: "shipments" | "orders"
  split: "availability" | "none"
  orders: PlannedOrder[]
}

const CART_FIELDS = [
  "id",
  "completed_at",
  "customer_id",
  "email",
  "region_id",
  "currency_code",
  "sales_channel_id",
  "metadata",
  "items.*",
  "items.variant.id",
  "items.variant.allow_backorder",
  "items.variant.manage_inventory",
  "items.variant.inventory_items.inventory_item_id",
  "items.variant.inventory_items.required_quantity",
  "items.product.b2b_seller_organization.id",
  "b2b_legal_entity.id",
  "b2b_legal_entity.seller_organization_id",
]

const invalid = (m: string) => new MedusaError(MedusaError.Types.INVALID_DATA, m)

/**
 * Plans the placement of a cart (writes nothing): lines by seller organization, then by
 * availability at the selected warehouse (pickup warehouse of the checkout details; for delivery
 * the warehouse of the cart's sales channel — in the counterparty's sales region and among the
 * seller's warehouses when there are such — that can serve most of the seller's lines), pre-orders
 * apart. Mode "orders": one order per part; mode "shipments": one order per seller with a shipment plan.
 */
export const planPlacementStep = createStep(
  "ordering-plan-placement",
  async (input: PlaceOrderInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: CART_FIELDS,
      filters: { id: input.cart_id },
    })
    const cart = data[0] as any
    if (!cart)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Cart with id ${input.cart_id} was not found`
      )
    if (cart.completed_at)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cart ${input.cart_id} is already completed`
      )
    const items = (cart.items ?? []) as any[]
    if (!items.length) throw invalid(`cart: cart ${input.cart_id} has no lines to order`)
    const checkout = (cart.metadata?.b2b_checkout ?? null) as {
      delivery_method?: string
      pickup_location_id?: string | null
      preorder_date?: string | null
    } | null

    const preorderDate = input.preorder_date ?? checkout?.preorder_date ?? null
    if (preorderDate) {
      const err = preorderDateError(preorderDate)
      if (err) throw invalid(err)
    }

    // seller of each line: the product's seller organization, else the counterparty's, else the default one
    const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    let fallbackSeller: string | null = cart.b2b_legal_entity?.seller_organization_id ?? null
    if (!fallbackSeller && items.some((i) => !i.product?.b2b_seller_organization?.id)) {
      const [def] = await company.listB2bSellerOrganizations({ is_default: true } as any, {
        take: 1,
      })
      fallbackSeller = def?.id ?? null
    }
    const lines: SplitLine[] = items.map((i) => ({
      line_id: i.id,
      variant_id: i.variant_id ?? null,
      quantity: Number(i.quantity),
      seller_organization_id: i.product?.b2b_seller_organization?.id ?? fallbackSeller,
      manage_inventory: !!i.variant?.manage_inventory,
      allow_backorder: !!i.variant?.allow_backorder,
      inventory: ((i.variant?.inventory_items ?? []) as any[]).map((x) => ({
        inventory_item_id: x.inventory_item_id,
        required_quantity: Number(x.required_quantity ?? 1),
      })),
    }))
    const sellers = [...new Set(lines.map((l) => l.seller_organization_id))]

    // candidate warehouses
    let candidates: string[] = []
    const pickup =
      checkout?.delivery_method === "pickup" ? (checkout.pickup_location_id ?? null) : null
    const sellerLocations = new Map<string, string[]>()
    if (pickup) candidates = [pickup]
    else if (cart.sales_channel_id) {
      const { data: sc } = await query.graph({
        entity: "sales_channel",
        fields: ["id", "stock_locations.id", "stock_locations.metadata"],
        filters: { id: cart.sales_channel_id },
      })
      const locs = ((sc[0] as any)?.stock_locations ?? []) as {
        id: string
        metadata: Record<string, unknown> | null
      }[]
      const inRegion = input.region_code
        ? locs.filter((l) => l.metadata?.region_code === input.region_code)
        : []
      candidates = (inRegion.length ? inRegion : locs).map((l) => l.id)
      const named = sellers.filter((s): s is string => !!s)
      if (named.length) {
        const { data: orgs } = await query.graph({
          entity: "b2b_seller_organization",
          fields: ["id", "stock_locations.id"],
          filters: { id: named },
        })
        for (const o of orgs as any[])
          sellerLocations.set(
            o.id,
            ((o.stock_locations ?? []) as { id: string }[]).map((l) => l.id)
          )
      }
    }

    const itemIds = [...new Set(lines.flatMap((l) => l.inventory.map((x) => x.inventory_item_id)))]
    const stock: Stock = new Map()
    if (itemIds.length && candidates.length) {
      const levels = await container
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: itemIds, location_id: candidates } as any, {
          take: null,
        })
      for (const lv of levels as any[]) {
        const m = stock.get(lv.location_id) ?? new Map<string, number>()
        m.set(
          lv.inventory_item_id,
          Math.max(0, Number(lv.stocked_quantity) - Number(lv.reserved_quantity))
        )
        stock.set(lv.location_id, m)
      }
    }
    const chosen = new Map<string | null, string | null>()
    for (const s of sellers) {
      const own = s ? (sellerLocations.get(s) ?? []).filter((l) => candidates.includes(l)) : []
      chosen.set(
        s,
        pickup ??
          pickLocation(
            lines.filter((l) => l.seller_organization_id === s),
            own.length ? own : candidates,
            stock
          )
      )
    }

    const { orderSplit: split, orderSplitMode: mode } = portalSettings()
    const parts = partitionCart(lines, {
      split,
      preorder_date: preorderDate,
      locationOf: (s) => chosen.get(s) ?? null,
      stock,
    })
    const placement_id = `bsplit_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`

    const orders: PlannedOrder[] = []
    if (mode === "orders") {
      for (const p of parts) {
        orders.push({
          key: p.key,
          kind: p.kind,
          seller_organization_id: p.seller_organization_id,
          location_id: p.location_id,
          preorder_date: p.preorder_date,
          lines: p.lines.map((l) => ({ line_id: l.line_id, quantity: l.quantity })),
          metadata: {
            b2b_split: {
              group_id: placement_id,
              key: p.key,
              kind: p.kind,
              seller_organization_id: p.seller_organization_id,
              location_id: p.location_id,
              preorder_date: p.preorder_date,
              siblings: [],
            },
          },
        })
      }
    } else {
      for (const s of sellers) {
        const own = parts.filter((p) => p.seller_organization_id === s)
        const qty = new Map<string, number>()
        for (const p of own)
          for (const l of p.lines) qty.set(l.line_id, (qty.get(l.line_id) ?? 0) + l.quantity)
        const plan: ShipmentPlanEntry[] = own.map((p: SplitPart) => ({
          key: p.kind,
          kind: p.kind,
          location_id: p.location_id,
          ...(p.preorder_date ? { preorder_date: p.preorder_date } : {}),
          items: p.lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity })),
        }))
        orders.push({
          key: `${s ?? "none"}`,
          kind: null,
          seller_organization_id: s,
          location_id: chosen.get(s) ?? null,
          preorder_date: own.find((p) => p.preorder_date)?.preorder_date ?? null,
          lines: [...qty].map(([line_id, quantity]) => ({ line_id, quantity })),
          metadata: {
            b2b_shipment_plan: plan,
            b2b_split: {
              group_id: placement_id,
              key: `${s ?? "none"}`,
              kind: null,
              seller_organization_id: s,
              location_id: chosen.get(s) ?? null,
              preorder_date: null,
              siblings: [],
            },
          },
        })
      }
    }
    return new StepResponse<Placement>({ placement_id, cart_id: cart.id, mode, split, orders })
  }
)

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
  if (!(data[0] as any)?.payment_collection) {
    await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cartId } })
    ;({ data } = await query.graph({
      entity: "cart",
      fields: ["id", "payment_collection.id", "payment_collection.payment_sessions.id"],
      filters: { id: cartId },
    }))
  }
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
    const cart = data[0] as any
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
            items: o.lines.map((l) => copyLine(byId.get(l.line_id), l.quantity)) as any,
          },
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

/**
 * Completes the carts one by one through Medusa's completeCartWorkflow (credit check, stock
 * reservation and order.placed subscribers per order), siblings first and the original cart last.
 * If one fails, the orders already placed are cancelled (stock and credit given back) and the
 * error is passed on; the compensation does the same when a later step fails.
 */
export const completeSplitCartsStep = createStep(
  "ordering-complete-split-carts",
  async (input: { cart_ids: string[] }, { container }) => {
    const placed: { cart_id: string; order_id: string }[] = []
    const sequence = [...input.cart_ids.slice(1), input.cart_ids[0]]
    try {
      for (const cart_id of sequence) {
        const { result } = await completeCartWorkflow(container).run({ input: { id: cart_id } })
        placed.push({ cart_id, order_id: (result as { id: string }).id })
      }
    } catch (e) {
      await cancelOrders(
        container,
        placed.map((p) => p.order_id)
      )
      throw e
    }
    const byCart = new Map(placed.map((p) => [p.cart_id, p.order_id]))
    const orderIds = input.cart_ids.map((c) => byCart.get(c)!)
    return new StepResponse({ order_ids: orderIds }, orderIds)
  },
  async (orderIds, { container }) => {
    if (orderIds?.length) await cancelOrders(container, orderIds)
  }
)

async function cancelOrders(container: any, ids: string[]) {
  for (const order_id of [...ids].reverse()) {
    await cancelOrderWorkflow(container).run({ input: { order_id } })
  }
}

/** Tells every order of a split which its siblings are (order ids); compensation restores the metadata. */
export const linkSplitSiblingsStep = createStep(
  "ordering-link-split-siblings",
  async (input: { order_ids: string[]; placement: Placement }, { container }) => {
    const orderModule = container.resolve(Modules.ORDER)
    const orders = await orderModule.listOrders(
      { id: input.order_ids },
      { select: ["id", "display_id", "metadata"] }
    )
    const byId = new Map(orders.map((o: any) => [o.id, o]))
    const before = orders.map((o: any) => ({ id: o.id, metadata: o.metadata ?? null }))
    const updates = input.order_ids.map((id) => {
      const meta = (byId.get(id) as any)?.metadata ?? {}
      const split = { ...(meta.b2b_split ?? {}), siblings: input.order_ids.filter((x) => x !== id) }
      return { id, metadata: { ...meta, b2b_split: split } }
    })
    await orderModule.updateOrders(updates as any)
    const result = input.order_ids.map((id, n) => {
      const p = input.placement.orders[n]
      return {
        id,
        display_id: (byId.get(id) as any)?.display_id as number,
        key: p.key,
        kind: p.kind,
        seller_organization_id: p.seller_organization_id,
        location_id: p.location_id,
        preorder_date: p.preorder_date,
        ...(input.placement.mode === "shipments"
          ? { shipment_plan: p.metadata.b2b_shipment_plan }
          : {}),
      }
    })
    return new StepResponse(result, before)
  },
  async (before, { container }) => {
    if (before?.length) await container.resolve(Modules.ORDER).updateOrders(before as any)
  }
)
