import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
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
import { PlaceOrderInput, Placement, PlannedOrder } from "../utils/place-order"

export type ShipmentPlanEntry = {
  key: string
  kind: SplitKind
  location_id: string | null
  preorder_date?: string
  items: { variant_id: string | null; quantity: number }[]
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
