import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Decimal from "decimal.js"
import iconv from "iconv-lite"
import LegalEntityOrder from "../../links/legal-entity-order"
import { ONE_C_MODULE } from "../../modules/one-c"
import type OneCModuleService from "../../modules/one-c/service"
import type { Answer } from "./exchange"
import { ordersDocument, type ExportOrder, xmlText } from "./orders-xml"
import { oneCSettings } from "./settings"
import { medusaTotals, minorToString, moneyFields } from "../../workflows/common/utils/money"
import {
  cachedStatuses,
  effectiveCode,
  loadStates,
  loadStatuses,
  oneCStatus,
} from "../../modules/ordering"
import { environment, pluginOptions } from "../plugin-options"

/**
 * Medusa's own order statuses in 1C terms (the former fixed list). The site's code list answered to
 * mode=info and written into orders is now the configured B2B statuses (lib/ordering/order-statuses).
 */
export const ORDER_STATUSES: Record<string, { id: string; name: string }> = {
  pending: { id: "N", name: "Принят" },
  requires_action: { id: "A", name: "Требует действий" },
  completed: { id: "F", name: "Выполнен" },
  canceled: { id: "C", name: "Отменен" },
  archived: { id: "Z", name: "В архиве" },
  draft: { id: "D", name: "Черновик" },
}

const MAX_ORDERS = 500

/**
 * mode=query: company orders new or changed since they were last taken by 1C, excluding changes 1C
 * made itself and offline orders that came from 1C. The batch is remembered and committed only by
 * mode=success; until then the same orders are offered again.
 */
export async function query(container: MedusaContainer, session: { id: string }): Promise<Answer> {
  const s = oneCSettings()
  const q = container.resolve(ContainerRegistrationKeys.QUERY)
  const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
  const startedAt = new Date()
  const { data: links } = await q.graph({
    entity: LegalEntityOrder.entryPoint,
    fields: ["order_id", "b2b_legal_entity_id"],
  })
  const ids = (links as any[]).map((l) => l.order_id)
  const marks = new Map(
    (await onec.listOnecOrderExports({ order_id: ids } as any, { take: null })).map((m) => [
      m.order_id,
      m,
    ])
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
    : { data: [] as any[] }
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
    ? await onec.listOnecMappings({ kind: "variant", internal_id: variantIds } as any, {
        take: null,
      })
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
      comment: (o.metadata as any)?.comment ?? null,
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
  await onec.updateOnecSessions({
    id: session.id,
    pending_orders: due.map((o) => o.id) as any,
    pending_started_at: startedAt,
  })
  return {
    xml: ordersDocument(docs, {
      encoding: s.answerEncoding,
      schemaVersion: s.schemaVersion,
      site: environment().STOREFRONT_URL || "b2b-portal",
    }),
    encoding: s.answerEncoding,
  }
}

/** mode=success: the orders of the last query are marked exported as of that query's start. */
export async function commit(
  container: MedusaContainer,
  session: { id: string; pending_orders?: unknown; pending_started_at?: Date | string | null }
): Promise<Answer> {
  const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
  const [fresh] = await onec.listOnecSessions({ id: session.id }, { take: 1 })
  const ids = ((fresh?.pending_orders as string[] | null) ?? []).filter(Boolean)
  if (!fresh?.pending_started_at)
    return { lines: ["failure", "Нет выгрузки заказов для подтверждения (сначала mode=query)"] }
  const at = new Date(fresh.pending_started_at)
  const marks = await onec.listOnecOrderExports({ order_id: ids } as any, { take: null })
  const have = new Map(marks.map((m) => [m.order_id, m]))
  const upd = ids
    .filter((id) => have.has(id))
    .map((id) => ({ id: have.get(id)!.id, exported_at: at }))
  const crt = ids.filter((id) => !have.has(id)).map((order_id) => ({ order_id, exported_at: at }))
  if (upd.length) await onec.updateOnecOrderExports(upd)
  if (crt.length) await onec.createOnecOrderExports(crt as any)
  await onec.updateOnecSessions({ id: session.id, pending_orders: null, pending_started_at: null })
  return { lines: ["success", `Подтверждена выгрузка заказов: ${ids.length}`] }
}

/**
 * mode=info: the site's own status, payment and delivery lists (note the Latin "C" in Cтатусы, as
 * 1C expects). Statuses come from the in-process list, refreshed from the database by the
 * refreshStatusesForInfo middleware right before this call (exchange.ts calls info() synchronously).
 */
export function info(): Answer {
  const s = oneCSettings()
  const e = s.answerEncoding
  const el = (id: string, name: string) =>
    `<Элемент><Ид>${xmlText(id, e)}</Ид><Название>${xmlText(name, e)}</Название></Элемент>`
  const xml =
    `<?xml version="1.0" encoding="${e === "utf-8" ? "UTF-8" : "windows-1251"}"?><Справочник>` +
    `<Cтатусы>${cachedStatuses()
      .filter((st) => st.is_active)
      .map((st) => oneCStatus(st, st.code))
      .map((st) => el(st.id, st.name))
      .join("")}</Cтатусы>` +
    `<ПлатежныеСистемы>${el("1", "Безналичный расчет")}</ПлатежныеСистемы>` +
    `<СлужбыДоставки>${el("1", "Доставка")}${el("2", "Самовывоз")}</СлужбыДоставки></Справочник>`
  return { xml: e === "utf-8" ? Buffer.from(xml) : iconv.encode(xml, e), encoding: e }
}
