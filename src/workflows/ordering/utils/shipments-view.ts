import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import {
  lineStatus,
  quantity,
  readPlan,
  remainingPlan,
  shipmentStatus,
} from "../../../modules/ordering"
import type { JsonOf } from "../../../types/common/http"
import type { AdminOrderShipmentsResponse } from "../../../types/ordering/http"

const ORDER_FIELDS = [
  "id",
  "status",
  "metadata",
  "sales_channel_id",
  "b2b_legal_entity.id",
  "items.*",
  "items.detail.*",
  "items.variant.inventory_items.inventory_item_id",
  "items.variant.inventory_items.required_quantity",
  "fulfillments.id",
  "fulfillments.location_id",
  "fulfillments.packed_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.created_at",
  "fulfillments.items.line_item_id",
  "fulfillments.items.inventory_item_id",
  "fulfillments.items.quantity",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
]

export type ShipmentsView = Awaited<ReturnType<typeof shipmentsView>>

/**
 * Shipments of an order as the buyer and the manager see them: each Medusa fulfillment with its
 * warehouse, lines, status, tracking and documents (UPD…); what the order split planned and is not
 * yet in a shipment; and every line's ordered / fulfilled / shipped / delivered quantities (Medusa's
 * order item detail) with its delivery status. `withLocations` adds the warehouses a manager may
 * ship from (those of the order's sales channel) and each line's quantity left to ship.
 */
export async function shipmentsView(
  container: MedusaContainer,
  orderId: string,
  opts: { withLocations?: boolean } = {}
): Promise<JsonOf<AdminOrderShipmentsResponse> | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { id: orderId },
  })
  const order = data[0]
  if (!order) return null
  const canceled = order.status === "canceled"
  const items: any[] = (order.items ?? []).filter(Boolean)
  const itemById = new Map(items.map((i) => [i.id, i]))
  const fulfillments: any[] = (order.fulfillments ?? [])
    .filter(Boolean)
    .sort((a: any, b: any) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
  const plan = readPlan(order.metadata)

  const locationIds = [
    ...new Set(
      [...fulfillments.map((f) => f.location_id), ...plan.map((p) => p.location_id)].filter(Boolean)
    ),
  ] as string[]
  const names = new Map<string, string>()
  if (locationIds.length) {
    const { data: locs } = await query.graph({
      entity: "stock_location",
      fields: ["id", "name"],
      filters: { id: locationIds },
    })
    for (const l of locs as { id: string; name: string }[]) names.set(l.id, l.name)
  }
  const location = (id: string | null) => (id ? { id, name: names.get(id) ?? null } : null)

  const documents = new Map<
    string,
    { id: string; type: string; number: string; status: string }[]
  >()
  if (fulfillments.length) {
    const { data: docs } = await query.graph({
      entity: "doc_document",
      fields: ["id", "type", "number", "status", "shipment_id", "legal_entity_id"],
      filters: { shipment_id: fulfillments.map((f) => f.id), order_id: order.id },
    })
    for (const d of docs as {
      id: string
      type: string
      number: string
      status: string
      shipment_id: string
      legal_entity_id: string
    }[]) {
      // a company order's documents are that company's only
      if (order.b2b_legal_entity?.id && d.legal_entity_id !== order.b2b_legal_entity.id) continue
      const list = documents.get(d.shipment_id) ?? []
      list.push({ id: d.id, type: d.type, number: d.number, status: d.status })
      documents.set(d.shipment_id, list)
    }
  }

  /** A fulfillment's quantity of a line (a kit's inventory quantity divided back, as Medusa does). */
  const lineQuantity = (line: any, fitems: any[]) => {
    const fi = fitems[0]
    const ii = (line?.variant?.inventory_items ?? []).find(
      (x: any) => x?.inventory_item_id === fi.inventory_item_id
    )
    return quantity(MathBN.div(fi.quantity, ii?.required_quantity ?? 1))
  }

  const shipments = fulfillments.map((f) => {
    const fitems: any[] = (f.items ?? []).filter(Boolean)
    const lineIds = [...new Set(fitems.map((i) => i.line_item_id as string))]
    return {
      id: f.id as string,
      status: shipmentStatus(f),
      location: location(f.location_id),
      items: lineIds.map((id) => {
        const line = itemById.get(id)
        return {
          item_id: id,
          sku: line?.variant_sku ?? null,
          title: line?.title ?? null,
          quantity: lineQuantity(
            line,
            fitems.filter((i) => i.line_item_id === id)
          ),
        }
      }),
      tracking: (f.labels ?? [])
        .filter((l: any) => l?.tracking_number || l?.tracking_url)
        .map((l: any) => ({ number: l.tracking_number || null, url: l.tracking_url || null })),
      created_at: f.created_at ?? null,
      packed_at: f.packed_at ?? null,
      shipped_at: f.shipped_at ?? null,
      delivered_at: f.delivered_at ?? null,
      canceled_at: f.canceled_at ?? null,
      documents: documents.get(f.id) ?? [],
    }
  })

  const variantOf = new Map(items.map((i) => [i.id, i.variant_id as string | null]))
  const fulfilledByVariant = shipments
    .filter((s) => s.status !== "canceled")
    .flatMap((s) =>
      s.items.map((i) => ({
        variant_id: variantOf.get(i.item_id) ?? "",
        location_id: s.location?.id ?? null,
        quantity: i.quantity,
      }))
    )
    .filter((x) => x.variant_id)
  const lineOfVariant = new Map(items.filter((i) => i.variant_id).map((i) => [i.variant_id, i]))
  const planned = remainingPlan(plan, fulfilledByVariant).map((p) => ({
    key: p.key,
    kind: p.kind,
    location: location(p.location_id),
    preorder_date: p.preorder_date ?? null,
    items: p.items.map((i) => {
      const line = lineOfVariant.get(i.variant_id)
      return {
        item_id: line?.id ?? null,
        variant_id: i.variant_id,
        sku: line?.variant_sku ?? null,
        title: line?.title ?? null,
        quantity: i.quantity,
      }
    }),
  }))

  const lines = items.map((i) => {
    const q = {
      ordered: i.quantity,
      fulfilled: i.detail?.fulfilled_quantity ?? 0,
      shipped: i.detail?.shipped_quantity ?? 0,
      delivered: i.detail?.delivered_quantity ?? 0,
    }
    return {
      item_id: i.id as string,
      sku: i.variant_sku ?? null,
      title: i.title ?? null,
      variant_title: i.variant_title ?? null,
      ordered: quantity(q.ordered),
      fulfilled: quantity(q.fulfilled),
      shipped: quantity(q.shipped),
      delivered: quantity(q.delivered),
      ...(opts.withLocations
        ? { remaining: Math.max(0, quantity(MathBN.sub(q.ordered, q.fulfilled))) }
        : {}),
      status: lineStatus(q, canceled),
    }
  })

  let locations: { id: string; name: string }[] | undefined
  if (opts.withLocations) {
    const { data: sc } = order.sales_channel_id
      ? await query.graph({
          entity: "sales_channel",
          fields: ["id", "stock_locations.id", "stock_locations.name"],
          filters: { id: order.sales_channel_id },
        })
      : { data: [] }
    locations = ((sc[0]?.stock_locations ?? []) as ({ id: string; name: string } | null)[])
      .filter((l): l is { id: string; name: string } => Boolean(l))
      .map((l) => ({ id: l.id, name: l.name }))
  }

  return {
    order_id: order.id as string,
    legal_entity_id: (order.b2b_legal_entity?.id ?? null) as string | null,
    shipments,
    planned,
    lines,
    ...(locations ? { locations } : {}),
  }
}
