import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, completeOrderWorkflow } from "@medusajs/medusa/core-flows"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"
import {
  ONE_C_MODULE,
  bool,
  child,
  decimal,
  listOf,
  text,
  type XNode,
} from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"
import { recordLedgerEntriesWorkflow } from "../../credit/workflows/record-ledger-entries"
import { setOrderStatusWorkflow } from "../../ordering/workflows/set-order-status"
import {
  effectiveCode,
  finalStatusFor,
  loadStates,
  loadStatuses,
  statusFrom1C,
} from "../../../modules/ordering"
import { medusaTotals, moneyFields } from "../../common/utils/money"

export type SaleResult = {
  created: number
  updated: number
  unchanged: number
  failed: number
  messages: string[]
}

const requisites = (n: XNode) => {
  const out: Record<string, string> = {}
  for (const r of listOf(n, "ЗначенияРеквизитов/ЗначениеРеквизита"))
    out[text(r, "Наименование")] = text(r, "Значение")
  return out
}
const dateOf = (v: string | undefined) => {
  if (!v) return new Date()
  const d = new Date(v.replace(" ", "T"))
  return Number.isNaN(d.getTime()) ? new Date() : d
}

/** Counterparty of a 1C document or file: matched by 1C id, else INN (+KPP). */
async function findLegalEntity(company: CompanyModuleService, n: XNode | undefined) {
  if (!n) return null
  const oneCId = text(n, "Ид")
  if (oneCId) {
    const [le] = await company.listB2bLegalEntities({ one_c_id: oneCId }, { take: 1 })
    if (le) return le
  }
  const inn = text(n, "ИНН")
  if (!inn) return null
  const kpp = text(n, "КПП")
  const rows = await company.listB2bLegalEntities({ inn }, { take: 10 })
  return rows.find((r) => (r.kpp ?? "") === kpp) ?? rows[0] ?? null
}

/**
 * Documents 1C sends back (order changes; offline orders placed in 1C) and counterparties. For
 * portal orders: status, cancellation, completion, payment and shipment land on the order, in the
 * credit ledger (idempotent by 1C document number) and in the export marks (so the change is not
 * sent back to 1C). Unknown orders of a known counterparty become offline orders in its history.
 */
export const applySaleObjectsStep = createStep(
  "one-c-apply-sale-objects",
  async (input: { kind: "document" | "counterparty"; nodes: XNode[] }, { container }) => {
    const res: SaleResult = { created: 0, updated: 0, unchanged: 0, failed: 0, messages: [] }
    const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    if (input.kind === "counterparty") {
      for (const n of input.nodes) {
        const le = await findLegalEntity(company, n)
        const fields = {
          name: text(n, "Наименование") || undefined,
          full_name:
            text(n, "ОфициальноеНаименование") || text(n, "ПолноеНаименование") || undefined,
          one_c_id: text(n, "Ид") || undefined,
          legal_address:
            text(child(n, "ЮридическийАдрес"), "Представление") ||
            text(child(n, "АдресРегистрации"), "Представление") ||
            undefined,
        }
        if (le) {
          await company.updateB2bLegalEntities({
            id: le.id,
            ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v)),
          })
          res.updated++
        } else if (text(n, "ИНН")) {
          await company.createB2bLegalEntities({
            ...fields,
            name: fields.name ?? text(n, "ИНН"),
            inn: text(n, "ИНН"),
            kpp: text(n, "КПП") || null,
            status: "active",
          })
          res.created++
        } else {
          res.failed++
          res.messages.push(`Контрагент ${text(n, "Наименование")}: нет ИНН, не загружен`)
        }
      }
      return new StepResponse(res)
    }

    const statuses = await loadStatuses(container)
    for (const n of input.nodes) {
      const id = text(n, "Ид")
      const number = text(n, "Номер")
      const req = requisites(n)
      const { data } = await query.graph({
        entity: "order",
        fields: [
          "id",
          "status",
          "display_id",
          "total",
          "currency_code",
          "b2b_legal_entity.id",
          "b2b_legal_entity.holding_id",
          ...moneyFields(),
        ],
        filters: { id: [id, number].filter((x) => x.startsWith("order_")) },
      })
      let order = data[0]
      if (!order && (id || number)) {
        const [mark] = await onec.listOnecOrderExports(
          { $or: [{ external_id: id }, { one_c_number: text(n, "Номер1С") || "__none__" }] },
          { take: 1 }
        )
        if (mark)
          order = (
            await query.graph({
              entity: "order",
              fields: [
                "id",
                "status",
                "display_id",
                "total",
                "currency_code",
                "b2b_legal_entity.id",
                "b2b_legal_entity.holding_id",
                ...moneyFields(),
              ],
              filters: { id: mark.order_id },
            })
          ).data[0]
      }
      if (!order) {
        // the buyer (Роль Покупатель), not a consignee the document may list beside it
        const parties = listOf(n, "Контрагенты/Контрагент")
        const buyer =
          parties.find((p) => ["Покупатель", "Плательщик"].includes(text(p, "Роль") ?? "")) ??
          parties.find((p) => text(p, "Роль") !== "Грузополучатель") ??
          parties[0]
        const le = await findLegalEntity(company, buyer)
        if (!le) {
          res.failed++
          res.messages.push(
            `Документ ${number || id}: заказ не найден, контрагент не найден на портале`
          )
          continue
        }
        await createOfflineOrder(container, n, le.id)
        res.created++
        continue
      }
      let changed = false
      const cancelled = bool(req["Отменен"]) || bool(text(n, "ПометкаУдаления"))
      // 1C's status → the configured B2B status (by 1C id, else name); cancellation and "final"
      // fall back to the configured final statuses. Applied through the status workflow, which
      // also cancels/completes the Medusa order.
      const mapped = statusFrom1C(statuses, req["Статуса заказа ИД"], req["Статус заказа"])
      const rawStatus =
        [req["Статуса заказа ИД"], req["Статус заказа"]].filter(Boolean).join(" ") || null
      if (rawStatus && !mapped)
        logger.warn(
          `1C: order ${order.id}: status "${rawStatus}" is not mapped to a portal status (recorded in the export mark only)`
        )
      let target = mapped
      if (cancelled)
        target =
          mapped?.final_action === "cancel" ? mapped : (finalStatusFor(statuses, "cancel") ?? null)
      else if (bool(req["Финальный статус"]) && !mapped?.is_final)
        target = finalStatusFor(statuses, "complete") ?? null
      if (target) {
        const current = effectiveCode(
          order,
          (await loadStates(container, [order.id])).get(order.id),
          statuses
        )
        const medusaDone =
          target.final_action === "cancel"
            ? order.status === "canceled"
            : target.final_action === "complete"
              ? order.status === "completed" || order.status === "canceled"
              : false
        if (current !== target.code || (target.final_action && !medusaDone)) {
          try {
            const { result } = await setOrderStatusWorkflow(container).run({
              input: {
                order_id: order.id,
                code: target.code,
                source: "one_c",
                changed_by: "1C",
                one_c_raw: rawStatus,
              },
            })
            if (result.changed || target.final_action) changed = true
          } catch (e) {
            res.messages.push(
              `Документ ${number || id}: статус "${target.name}" не применен: ${(e as Error).message}`
            )
          }
        }
      } else if (cancelled && order.status !== "canceled") {
        await cancelOrderWorkflow(container).run({ input: { order_id: order.id } })
        changed = true
      } else if (
        !cancelled &&
        bool(req["Финальный статус"]) &&
        order.status !== "completed" &&
        order.status !== "canceled"
      ) {
        await completeOrderWorkflow(container).run({ input: { orderIds: [order.id] } })
        changed = true
      }
      // money: payments and shipments registered in 1C go to the credit ledger once
      const le = order.b2b_legal_entity
      const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
      const account = le ? await credit.accountFor(le.id, le.holding_id) : null
      const entries: any[] = []
      // without a sum from 1C: the order's gross as the portal computes it everywhere (lib/money)
      const sum = decimal(text(n, "Сумма")) ?? medusaTotals(order).gross
      if (account && req["Номер отгрузки по 1С"]) {
        entries.push({
          account_id: account.id,
          legal_entity_id: le.id,
          type: "shipment",
          document_number: req["Номер отгрузки по 1С"],
          document_date: dateOf(req["Дата отгрузки по 1С"]).toISOString(),
          amount: sum,
          order_id: order.id,
          external_id: `1c-shipment-${req["Номер отгрузки по 1С"]}`,
          source: "one_c",
        })
      }
      if (
        account &&
        req["Номер оплаты по 1С"] &&
        (bool(req["Оплачен"]) || req["Дата оплаты по 1С"])
      ) {
        entries.push({
          account_id: account.id,
          legal_entity_id: le.id,
          type: "payment",
          document_number: req["Номер оплаты по 1С"],
          document_date: dateOf(req["Дата оплаты по 1С"]).toISOString(),
          amount: sum,
          order_id: order.id,
          external_id: `1c-payment-${req["Номер оплаты по 1С"]}`,
          source: "one_c",
        })
      }
      if (entries.length) {
        const { result } = await recordLedgerEntriesWorkflow(container).run({ input: { entries } })
        if (result.entries.length) changed = true
      }
      const status = req["Статуса заказа ИД"] || req["Статус заказа"] || null
      const [mark] = await onec.listOnecOrderExports({ order_id: order.id }, { take: 1 })
      const patch = {
        one_c_number: text(n, "Номер1С") || mark?.one_c_number || null,
        one_c_status: status ?? mark?.one_c_status ?? null,
        updated_by_1c_at: new Date(),
      }
      if (mark) {
        if (mark.one_c_status !== patch.one_c_status || mark.one_c_number !== patch.one_c_number)
          changed = true
        await onec.updateOnecOrderExports({ id: mark.id, ...patch })
      } else {
        await onec.createOnecOrderExports({ order_id: order.id, ...patch })
        changed = true
      }
      changed ? res.updated++ : res.unchanged++
    }
    return new StepResponse(res)
  }
)

/** An order placed in 1C (by phone, by a manager): shown in the buyer's history, marked offline. */
async function createOfflineOrder(container: any, n: XNode, legalEntityId: string) {
  const onec = container.resolve(ONE_C_MODULE) as OneCModuleService
  const lines = listOf(n, "Товары/Товар").filter((t) => text(t, "Ид") !== "ORDER_DELIVERY")
  const variants = await onec.mappingsFor(
    "variant",
    lines.map((t) => text(t, "Ид"))
  )
  const orderModule = container.resolve(Modules.ORDER)
  const [order] = await orderModule.createOrders([
    {
      currency_code: (text(n, "Валюта") || "rub").toLowerCase().startsWith("руб")
        ? "rub"
        : (text(n, "Валюта") || "rub").toLowerCase(),
      status: "pending",
      metadata: {
        source: "one_c",
        offline: true,
        one_c_id: text(n, "Ид"),
        one_c_number: text(n, "Номер1С") || text(n, "Номер"),
        one_c_date: text(n, "Дата"),
      },
      items: lines.map((t) => ({
        title: text(t, "Наименование"),
        quantity: Number(decimal(text(t, "Количество")) ?? 1),
        unit_price: Number(decimal(text(t, "ЦенаЗаЕдиницу")) ?? decimal(text(t, "Цена")) ?? 0),
        variant_id: variants.get(text(t, "Ид"))?.internal_id ?? undefined,
        variant_sku: text(t, "Артикул") || undefined,
      })),
    },
  ])
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [COMPANY_MODULE]: { b2b_legal_entity_id: legalEntityId },
    [Modules.ORDER]: { order_id: order.id },
  })
  await onec.createOnecOrderExports({
    order_id: order.id,
    offline: true,
    external_id: text(n, "Ид"),
    one_c_number: text(n, "Номер1С") || text(n, "Номер"),
    updated_by_1c_at: new Date(),
    exported_at: new Date(),
  })
  return order
}
