import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Decimal from "decimal.js"
import LegalEntityOrder from "../../../links/legal-entity-order"
import { ONE_C_MODULE, ordersDocument, type Answer, type ExportOrder } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"
import { oneCSettings } from "../../../lib/one-c-settings"
import { medusaTotals, minorToString, moneyFields } from "../../common/utils/money"
import { effectiveCode, loadStates, loadStatuses, oneCStatus } from "../../../modules/ordering"
import { environment, pluginOptions } from "../../../lib/plugin-options"

const MAX_ORDERS = 500

/**
 * mode=query: company orders new or changed since they were last taken by 1C, excluding changes 1C
 * made itself and offline orders that came from 1C. The batch is remembered and committed only by
 * mode=success; until then the same orders are offered again.
 */
export async function saleQuery(
  container: MedusaContainer,
  session: { id: string }
): Promise<Answer> {
  const s = oneCSettings()
  const q = container.resolve(ContainerRegistrationKeys.QUERY)
  const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
  const startedAt = new Date()
  const { data: links } = await q.graph({
    entity: LegalEntityOrder.entryPoint,
    fields: ["order_id", "b2b_legal_entity_id"],
  })
  const ids = (links as { order_id: string }[]).map((l) => l.order_id)
  const marks = new Map(
    (await onec.listOnecOrderExports({ order_id: ids }, { take: null })).map((m) => [m.order_id, m])
  )
  const statuses = await loadStatuses(container)
  const states = await loadStates(container, ids)
  const { data: orders } = ids.length
    ? await q.graph({
        entity: "order",
        fields: [
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
        ],
        filters: { id: ids },
      })
    : { data: [] }
  // why: the order graph with the legal-entity link and money fields has no generated type here
  const due = (orders as any[])
    .filter((o) => {
      const m = marks.get(o.id)
      if (!m) return true
      if (m.offline) return false
      // a B2B status change made on the portal after 1C's last word and the last export is due (its
      // source is known exactly, so no tolerance for 1C's own echo is needed)
      const st = states.get(o.id)
      if (st && st.source !== "one_c") {
        const at = new Date(st.changed_at).getTime()
        if (
          (!m.exported_at || at > new Date(m.exported_at).getTime()) &&
          (!m.updated_by_1c_at || at > new Date(m.updated_by_1c_at).getTime())
        )
          return true
      }
      const updated = new Date(o.updated_at).getTime()
      if (m.exported_at && updated <= new Date(m.exported_at).getTime()) return false
      if (m.updated_by_1c_at && updated <= new Date(m.updated_by_1c_at).getTime() + 1000)
        return false
      return true
    })
    .slice(0, MAX_ORDERS)
  const variantIds = due
    .flatMap((o) => (o.items ?? []).map((i: any) => i.variant_id))
    .filter(Boolean)
  const maps = variantIds.length
    ? await onec.listOnecMappings(
        { kind: "variant", internal_id: variantIds },
        {
          take: null,
        }
      )
    : []
  const oneCIdOf = new Map(maps.map((m) => [m.internal_id, m.external_id]))
  const num = (v: any) => new Decimal(String(v?.numeric ?? v ?? 0))
  const docs: ExportOrder[] = due.map((o) => {
    const le = o.b2b_legal_entity ?? {}
    // every figure through the portal's one money rule (lib/money): 1C receives what the order charged
    const money = medusaTotals(o, pluginOptions().defaultVatRate)
    const lines = (o.items ?? []).map((i: any, n: number) => {
      const m = money.lines[n]
      return {
        one_c_id: oneCIdOf.get(i.variant_id) ?? i.variant_id ?? i.id,
        sku: i.variant_sku ?? null,
        title: [
          i.product_title ?? i.title,
          i.variant_title && i.variant_title !== "Основной" ? i.variant_title : null,
        ]
          .filter(Boolean)
          .join(", "),
        price: num(m.unit_price).toFixed(2),
        quantity: num(m.quantity).toString(),
        // Сумма of a line is its amount in the price's own VAT terms (with VAT when УчтеноВСумме)
        amount: minorToString(m.amount),
        vat_rate: m.rate ?? "0",
        vat_amount: minorToString(m.vat),
        vat_included: m.vat_included,
      }
    })
    return {
      id: o.id,
      number: `B2B-${String(o.display_id).padStart(6, "0")}`,
      created_at: o.created_at,
      currency: o.currency_code ?? "rub",
      total: money.gross,
      vat_total: money.vat,
      vat_included: money.vat_included,
      comment: o.metadata?.comment ?? null,
      status: ((code) =>
        oneCStatus(
          statuses.find((x) => x.code === code),
          code
        ))(effectiveCode(o, states.get(o.id), statuses)),
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
      agreement: null,
      catalog_id: null,
    }
  })
  await onec.holdPendingOrders(
    session.id,
    due.map((o) => o.id),
    startedAt
  )
  return {
    xml: ordersDocument(docs, {
      encoding: s.answerEncoding,
      schemaVersion: s.schemaVersion,
      site: environment().STOREFRONT_URL || "b2b-portal",
    }),
    encoding: s.answerEncoding,
  }
}
