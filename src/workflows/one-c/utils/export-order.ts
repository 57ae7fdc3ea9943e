import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Decimal from "decimal.js"
import { ONE_C_MODULE, type ExportCheckout, type ExportOrder } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"
import { PRICING_CONTRACT_MODULE } from "../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../modules/pricing-contract/service"
import { medusaTotals, minorToString, moneyFields } from "../../common/utils/money"
import { pluginOptions } from "../../../lib/plugin-options"

/** The order fields the 1C document (mode=query and the push) is built from. */
export const EXPORT_ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "updated_at",
  "status",
  "currency_code",
  "total",
  "tax_total",
  "shipping_total",
  "email",
  "metadata",
  "items.*",
  "b2b_legal_entity.*",
  ...moneyFields(),
]

type AgreementRow = {
  id: string
  number: string
  name: string | null
  one_c_id: string | null
  payment_terms_days: number | null
  seller_organization_id: string | null
}
type SellerRow = {
  id: string
  one_c_id: string | null
  name: string
  inn: string
  kpp: string | null
}

const orderNumber = (displayId: unknown) => `B2B-${String(displayId).padStart(6, "0")}`
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null)

/**
 * Orders (rows read with EXPORT_ORDER_FIELDS) as the 1C document describes them: lines and amounts
 * through the portal's one money rule, the counterparty, and everything the buyer chose — the agreement
 * the lines were priced under (else the one in force at the order's date), consignee, delivery address
 * or pickup warehouse with their 1C ids, dates, PO number, comment — plus the seller organization and,
 * for orders placed as several, the other orders of the group. Used by mode=query and by the push, so
 * 1C gets the same document either way.
 */
export async function exportOrders(
  container: MedusaContainer,
  // why: the order graph with the legal-entity link and money fields has no generated type here
  orders: any[],
  status: (order: any) => { id: string; name: string }
): Promise<ExportOrder[]> {
  if (!orders.length) return []
  const q = container.resolve(ContainerRegistrationKeys.QUERY)
  const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
  const pricing = container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
  const meta = (o: any) => (o.metadata ?? {}) as Record<string, any>

  const variantIds = orders
    .flatMap((o) => (o.items ?? []).map((i: any) => i.variant_id))
    .filter(Boolean)
  const locationIds = new Set<string>()
  const siblingIds = new Set<string>()
  for (const o of orders) {
    const c = meta(o).b2b_checkout
    const split = meta(o).b2b_split
    if (c?.pickup_location_id) locationIds.add(c.pickup_location_id)
    if (split?.location_id) locationIds.add(split.location_id)
    for (const s of split?.siblings ?? []) siblingIds.add(s)
  }
  const [variantMaps, warehouseMaps, locations, siblings] = await Promise.all([
    variantIds.length
      ? onec.listOnecMappings({ kind: "variant", internal_id: variantIds }, { take: null })
      : [],
    locationIds.size
      ? onec.listOnecMappings({ kind: "warehouse", internal_id: [...locationIds] }, { take: null })
      : [],
    locationIds.size
      ? q
          .graph({
            entity: "stock_location",
            fields: ["id", "name"],
            filters: { id: [...locationIds] },
          })
          .then((r) => r.data as { id: string; name: string }[])
      : [],
    siblingIds.size
      ? q
          .graph({
            entity: "order",
            fields: ["id", "display_id"],
            filters: { id: [...siblingIds] },
          })
          .then((r) => r.data as { id: string; display_id: number }[])
      : [],
  ])
  const oneCIdOf = new Map(variantMaps.map((m) => [m.internal_id, m.external_id]))
  const warehouseOneCId = new Map(warehouseMaps.map((m) => [m.internal_id, m.external_id]))
  const locationName = new Map(locations.map((l) => [l.id, l.name]))
  const displayIdOf = new Map<string, number>(siblings.map((s) => [s.id, s.display_id]))
  for (const o of orders) displayIdOf.set(o.id, o.display_id)

  // the agreement: the one the contract prices name (line provenance), else the one in force that day
  const agreementIdOf = new Map<string, string>()
  for (const o of orders) {
    const fromLines = (o.items ?? [])
      .map((i: any) => i.metadata?.b2b_price?.agreement_id)
      .find((x: unknown) => typeof x === "string")
    if (fromLines) agreementIdOf.set(o.id, fromLines)
  }
  const agreements = new Map<string, AgreementRow>()
  const priced = [...new Set(agreementIdOf.values())]
  if (priced.length)
    for (const a of (await pricing.listPcAgreements(
      { id: priced },
      { take: null }
    )) as AgreementRow[])
      agreements.set(a.id, a)
  // orders whose lines carry no agreement: the one in force when each was placed, read in one batch
  const unpriced = orders.filter((o) => !agreementIdOf.has(o.id) && o.b2b_legal_entity)
  const inForce = unpriced.length
    ? ((await pricing.effectiveAgreements(
        unpriced.map((o) => ({
          legal_entity_id: o.b2b_legal_entity.id,
          holding_id: o.b2b_legal_entity.holding_id ?? null,
          at: new Date(o.created_at),
        }))
      )) as (AgreementRow | null)[])
    : []
  unpriced.forEach((o, n) => {
    const a = inForce[n]
    if (a) {
      agreements.set(a.id, a)
      agreementIdOf.set(o.id, a.id)
    }
  })
  const agreementOf = (o: any) => agreements.get(agreementIdOf.get(o.id) ?? "") ?? null

  // the seller organization: the split part's, else the agreement's, else the counterparty's
  const sellerIdOf = (o: any): string | null =>
    meta(o).b2b_split?.seller_organization_id ??
    agreementOf(o)?.seller_organization_id ??
    o.b2b_legal_entity?.seller_organization_id ??
    null
  const sellerIds = [...new Set(orders.map(sellerIdOf).filter((x): x is string => !!x))]
  const sellers = new Map<string, SellerRow>(
    sellerIds.length
      ? (
          (
            await q.graph({
              entity: "b2b_seller_organization",
              fields: ["id", "one_c_id", "name", "inn", "kpp"],
              filters: { id: sellerIds },
            })
          ).data as SellerRow[]
        ).map((s) => [s.id, s])
      : []
  )

  const num = (v: any) => new Decimal(String(v?.numeric ?? v ?? 0))
  return orders.map((o) => {
    const le = o.b2b_legal_entity ?? {}
    const m = meta(o)
    // every figure through the portal's one money rule: 1C receives what the order charged
    const money = medusaTotals(o, pluginOptions().defaultVatRate)
    const lines = (o.items ?? []).map((i: any, n: number) => {
      const l = money.lines[n]
      return {
        one_c_id: oneCIdOf.get(i.variant_id) ?? i.variant_id ?? i.id,
        sku: i.variant_sku ?? null,
        title: [
          i.product_title ?? i.title,
          i.variant_title && i.variant_title !== "Основной" ? i.variant_title : null,
        ]
          .filter(Boolean)
          .join(", "),
        price: num(l.unit_price).toFixed(2),
        quantity: num(l.quantity).toString(),
        // Сумма of a line is its amount in the price's own VAT terms (with VAT when УчтеноВСумме)
        amount: minorToString(l.amount),
        vat_rate: l.rate ?? "0",
        vat_amount: minorToString(l.vat),
        vat_included: l.vat_included,
      }
    })
    const c = m.b2b_checkout as Record<string, any> | undefined
    const split = m.b2b_split as Record<string, any> | undefined
    const locationId: string | null =
      (c?.delivery_method === "pickup" ? c?.pickup_location_id : null) ?? split?.location_id ?? null
    const checkout: ExportCheckout | null = c
      ? {
          delivery_method: c.delivery_method === "pickup" ? "pickup" : "delivery",
          address:
            c.delivery_method === "pickup"
              ? (str(c.pickup_location?.address) ?? null)
              : (str(c.address?.address) ?? null),
          address_one_c_id: c.delivery_method === "pickup" ? null : str(c.address?.one_c_id),
          consignee: c.consignee?.name
            ? { name: c.consignee.name, inn: c.consignee.inn ?? null, kpp: c.consignee.kpp ?? null }
            : null,
          warehouse: locationId
            ? {
                id: warehouseOneCId.get(locationId) ?? locationId,
                name: locationName.get(locationId) ?? str(c.pickup_location?.name) ?? locationId,
              }
            : null,
          requested_date: str(c.requested_date),
          time_window: str(c.time_window),
          preorder_date: str(c.preorder_date) ?? str(split?.preorder_date),
          po_number: str(c.po_number),
          comment: str(c.comment) ?? str(m.comment),
        }
      : null
    const agreement = agreementOf(o)
    const terms = Number(agreement?.payment_terms_days ?? 0)
    const sellerId = sellerIdOf(o)
    const seller = sellerId ? (sellers.get(sellerId) ?? null) : null
    const group: string[] = split?.siblings?.length ? [o.id, ...split.siblings] : []
    group.sort((a, b) => (displayIdOf.get(a) ?? 0) - (displayIdOf.get(b) ?? 0))
    return {
      id: o.id,
      number: orderNumber(o.display_id),
      created_at: o.created_at,
      currency: o.currency_code ?? "rub",
      total: money.gross,
      vat_total: money.vat,
      vat_included: money.vat_included,
      comment: checkout?.comment ?? str(m.comment),
      status: status(o),
      cancelled: o.status === "canceled",
      counterparty: {
        id: le.one_c_id || le.id,
        name: le.name,
        full_name: le.full_name || le.name,
        inn: le.inn,
        kpp: le.kpp ?? null,
        address: le.legal_address ?? null,
        email: o.email ?? null,
        contact: null,
      },
      lines,
      delivery: num(money.shipping_gross).greaterThan(0) ? { amount: money.shipping_gross } : null,
      agreement: agreement
        ? {
            id: agreement.id,
            one_c_id: agreement.one_c_id ?? null,
            number: agreement.number,
            name: agreement.name ?? null,
          }
        : null,
      payment_due:
        terms > 0
          ? new Date(new Date(o.created_at).getTime() + terms * 86_400_000)
              .toISOString()
              .slice(0, 10)
          : null,
      catalog_id: null,
      checkout,
      seller: seller
        ? {
            id: seller.id,
            one_c_id: seller.one_c_id ?? null,
            name: seller.name,
            inn: seller.inn,
            kpp: seller.kpp ?? null,
          }
        : null,
      split: group.length
        ? {
            group_id: String(split?.group_id ?? ""),
            part: group.indexOf(o.id) + 1,
            of: group.length,
            siblings: group
              .filter((x) => x !== o.id)
              .map((x) => orderNumber(displayIdOf.get(x) ?? x)),
            kind: split?.kind ?? null,
          }
        : null,
    }
  })
}
