import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { portalSettings } from "../../../lib/portal-settings"
import {
  partitionCart,
  partSources,
  pickLocation,
  quantityProblem,
  type Terms,
  preorderDateError,
  type SplitKind,
  type SplitLine,
  type SplitPart,
  type Stock,
} from "../../../modules/ordering"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { PlaceOrderInput, Placement, type PlacementCounterparty } from "../utils/place-order"
import { placementStock } from "../utils/placement-stock"
import { plannedOrders } from "../utils/planned-orders"
import { termsForVariants } from "../utils/quantities"

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
  "b2b_legal_entity.holding_id",
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
export type { ShipmentPlanEntry } from "../utils/planned-orders"

export const planPlacementStep = createStep(
  "ordering-plan-placement",
  async (input: PlaceOrderInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: CART_FIELDS,
      filters: { id: input.cart_id },
    })
    const cart = data[0]
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
    // cast to any: query.graph/module results are typed without the relations and raw fields requested here
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

    // the acting counterparty comes with the input; the cart must have been assembled for it (a cart
    // of no counterparty is placed as before: no counterparty, no credit check). Carried from here on.
    const linked = cart.b2b_legal_entity as {
      id: string
      holding_id: string | null
      seller_organization_id: string | null
    } | null
    if (linked?.id && linked.id !== input.legal_entity_id)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `cart: cart ${input.cart_id} was assembled for another counterparty`
      )
    const counterparty: PlacementCounterparty | null = linked?.id
      ? {
          legal_entity_id: input.legal_entity_id,
          holding_id: linked.holding_id ?? null,
          seller_organization_id: linked.seller_organization_id ?? null,
        }
      : null

    // seller of each line: the product's seller organization, else the counterparty's, else the default one
    const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    let fallbackSeller: string | null = counterparty?.seller_organization_id ?? null
    if (!fallbackSeller && items.some((i) => !i.product?.b2b_seller_organization?.id)) {
      const [def] = await company.listB2bSellerOrganizations(
        { is_default: true },
        {
          take: 1,
        }
      )
      fallbackSeller = def?.id ?? null
    }
    const lines: SplitLine[] = items.map((i) => ({
      line_id: i.id,
      variant_id: i.variant_id ?? null,
      quantity: Number(i.quantity),
      seller_organization_id: i.product?.b2b_seller_organization?.id ?? fallbackSeller,
      manage_inventory: !!i.variant?.manage_inventory,
      allow_backorder: !!i.variant?.allow_backorder,
      // cast to any: query.graph/module results are typed without the relations and raw fields requested here
      inventory: ((i.variant?.inventory_items ?? []) as any[]).map((x) => ({
        inventory_item_id: x.inventory_item_id,
        required_quantity: Number(x.required_quantity ?? 1),
      })),
    }))
    const sellers = [...new Set(lines.map((l) => l.seller_organization_id))]

    const { candidates, pickup, sellerLocations, stock } = await placementStock(container, {
      cart,
      checkout,
      lines,
      sellers,
      region_code: input.region_code,
    })
    // a seller's warehouses: its own among the candidates, else all candidates
    const candidatesOf = (s: string | null) => {
      const own = s ? (sellerLocations.get(s) ?? []).filter((l) => candidates.includes(l)) : []
      return own.length ? own : candidates
    }
    const chosen = new Map<string | null, string | null>()
    for (const s of sellers) {
      chosen.set(
        s,
        pickup ??
          pickLocation(
            lines.filter((l) => l.seller_organization_id === s),
            candidatesOf(s),
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

    const sources = partSources(parts, lines, {
      stock,
      pickup,
      locationOf: (s) => chosen.get(s) ?? null,
      candidatesOf,
    })
    const orders = plannedOrders({ parts, sellers, chosen, placement_id, mode, sources })

    // a line split between orders: each order's share must itself be orderable (MOQ, multiples)
    const shares = orders.flatMap((o) =>
      o.lines
        .filter((l) => l.quantity !== lines.find((x) => x.line_id === l.line_id)?.quantity)
        .map((l) => ({ order: o, ...l, line: lines.find((x) => x.line_id === l.line_id)! }))
    )
    const splitVariants = shares.map((x) => x.line.variant_id).filter((v): v is string => !!v)
    if (splitVariants.length) {
      const { variants, terms } = await termsForVariants(container, splitVariants)
      const problems: string[] = []
      for (const x of shares) {
        const t = x.line.variant_id
          ? (terms.get(x.line.variant_id) as Terms | undefined)
          : undefined
        const why = t ? quantityProblem(t, x.quantity) : null
        if (!why) continue
        const sku = (x.line.variant_id && variants.get(x.line.variant_id)?.sku) || x.line.variant_id
        problems.push(
          `line ${x.line_id} (${sku}): ${x.quantity} of ${x.line.quantity} ${t!.base_unit} go as a separate order (${x.order.kind ?? "shipment"}${x.order.location_id ? ` from warehouse ${x.order.location_id}` : ""}): ${why}`
        )
      }
      if (problems.length)
        throw invalid(
          `quantity: the cart splits into several orders by warehouse stock and a part breaks the product's ordering terms — ${problems.join("; ")}. Change the quantity or choose another warehouse`
        )
    }
    return new StepResponse<Placement>({
      placement_id,
      cart_id: cart.id,
      counterparty,
      mode,
      split,
      orders,
    })
  }
)
