import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import Decimal from "decimal.js"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"
import { DOCUMENTS_MODULE } from "../../../modules/documents"
import type DocumentsModuleService from "../../../modules/documents/service"
import {
  actClosingText,
  actTotals,
  amountInWordsRu,
  invoiceTotals,
  type Party,
} from "../../../modules/documents"
import { DEFAULT_VAT, parties } from "../utils/parties"
import { contractUnitPrice, vatTermsOf } from "../../common/utils/money"
import { ORDERING_MODULE } from "../../../modules/ordering"
import type OrderingModuleService from "../../../modules/ordering/service"

const num = (v: any) => String(v?.numeric ?? v?.value ?? v ?? 0)
const isoDay = (d: Date | string) => new Date(d).toISOString().slice(0, 10)

/** Lines of an order (or of the part of it a shipment carries) with units, VAT and exact amounts. */
async function orderLines(container: MedusaContainer, orderId: string, only?: Map<string, number>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "created_at",
      "currency_code",
      "items.*",
      "items.tax_lines.rate",
      "items.variant.product_id",
      "shipping_methods.name",
      "shipping_methods.amount",
      "shipping_methods.raw_amount",
      "shipping_methods.is_tax_inclusive",
      "shipping_methods.tax_lines.rate",
    ],
    filters: { id: orderId },
  })
  const order = data[0]
  if (!order)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id ${orderId} was not found`)
  // cast to any: query.graph/module results are typed without the relations and raw fields requested here
  const items = ((order.items ?? []) as any[]).filter((i) => !only || only.has(i.id))
  const ordering = container.resolve<OrderingModuleService>(ORDERING_MODULE)
  const terms = await ordering.termsFor(
    items
      .filter((i) => i.variant_id && i.product_id)
      .map((i) => ({ variant_id: i.variant_id, product_id: i.product_id }))
  )
  // the whole order (an invoice) also bills its delivery, as the order's total, the credit exposure and 1C do
  const delivery = only
    ? []
    : // cast to any: query.graph/module results are typed without the relations and raw fields requested here
      ((order.shipping_methods ?? []) as any[])
        .filter((m) => new Decimal(num(m.raw_amount ?? m.amount)).greaterThan(0))
        .map((m) => ({
          title: m.name || "Доставка",
          sku: undefined,
          quantity: "1",
          unit: "усл.",
          price: num(m.raw_amount ?? m.amount),
          ...((t) => ({ vat_rate: t.vat_rate ?? "", prices_include_vat: t.vat_included }))(
            vatTermsOf(m, DEFAULT_VAT())
          ),
        }))
  return {
    order,
    lines: [
      ...items.map((i) => ({
        title: [
          i.product_title ?? i.title,
          i.variant_title && i.variant_title !== "default" ? i.variant_title : null,
        ]
          .filter(Boolean)
          .join(", "),
        sku: i.variant_sku ?? undefined,
        quantity: only ? String(only.get(i.id)) : num(i.quantity),
        unit: terms.get(i.variant_id)?.base_unit ?? "шт",
        // in the contract's terms (a VAT-exclusive line's net price, also when Medusa carries it grossed up)
        price: num(contractUnitPrice(i)),
        // the VAT terms the line was charged on (lib/money: the one rule shared with carts, credit, 1C)
        ...((t) => ({ vat_rate: t.vat_rate ?? "", prices_include_vat: t.vat_included }))(
          vatTermsOf(i, DEFAULT_VAT())
        ),
      })),
      ...delivery,
    ],
  }
}

export type BuiltDocument = {
  template_type: string
  data: Record<string, unknown>
  total: string | null
  currency_code: string | null
  filename: string
}

/** Everything a template needs for one document, computed exactly (decimal.js) from the source records. */
export async function buildDocumentData(
  container: MedusaContainer,
  doc: any
): Promise<BuiltDocument> {
  const { buyer, supplier } = await parties(container, doc.legal_entity_id)
  const base = { number: doc.number, date: isoDay(doc.date), supplier, buyer }
  if (doc.type === "invoice" || doc.type === "upd") {
    let only: Map<string, number> | undefined
    let shipment: Record<string, unknown> = {}
    if (doc.type === "upd" && doc.shipment_id) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "fulfillment",
        fields: ["id", "shipped_at", "created_at", "items.line_item_id", "items.quantity"],
        filters: { id: doc.shipment_id },
      })
      const f = data[0]
      only = new Map(
        // cast to any: query.graph/module results are typed without the relations and raw fields requested here
        ((f?.items ?? []) as any[]).map((i) => [i.line_item_id, Number(num(i.quantity))])
      )
      shipment = {
        shipment_number: doc.number,
        shipment_date: isoDay(f?.shipped_at ?? f?.created_at ?? doc.date),
        consignee: buyer,
      }
    }
    const { order, lines } = await orderLines(container, doc.order_id, only)
    const t = invoiceTotals(lines)
    return {
      template_type: doc.type,
      data: {
        ...base,
        ...shipment,
        order_number: order.display_id,
        lines: t.lines,
        total: t.total,
        vat_total: t.vat_total,
        net_total: t.net_total,
        prices_include_vat: t.prices_include_vat,
        currency: (order.currency_code ?? "rub").toUpperCase(),
        notes: `Оплата по заказу № ${order.display_id}. Счёт действителен 5 банковских дней.`,
      },
      total: t.total,
      currency_code: order.currency_code ?? "rub",
      filename: `${doc.type === "upd" ? "upd" : "invoice"}-${doc.number}.pdf`,
    }
  }
  if (doc.type === "reconciliation_act") {
    const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
    const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const [le] = await company.listB2bLegalEntities({ id: doc.legal_entity_id }, { take: 1 })
    const account = await credit.accountFor(doc.legal_entity_id, le?.holding_id ?? null)
    const from = new Date(doc.period_from)
    const to = new Date(doc.period_to)
    const end = new Date(to.getTime() + 86400000) // the period includes its last day
    const opening = account
      ? await credit.balanceBefore(account.id, from, doc.legal_entity_id)
      : "0.00"
    const rows = account
      ? (
          await credit.ledgerRows({
            account_id: account.id,
            legal_entity_id: doc.legal_entity_id,
            from,
            to: end,
          })
        ).rows
      : []
    const LABEL: Record<string, string> = {
      opening: "Начальное сальдо",
      invoice: "Счёт",
      shipment: "Реализация (УПД)",
      payment: "Оплата",
      adjustment: "Корректировка",
      return: "Возврат",
    }
    const movements = rows.map((r) => ({
      date: isoDay(r.document_date),
      document: `${LABEL[r.type] ?? r.type}${r.document_number ? ` № ${r.document_number}` : ""}`,
      amount: r.amount,
    }))
    const totals = actTotals(opening, movements)
    return {
      template_type: "reconciliation_act",
      data: {
        ...base,
        period_from: isoDay(from),
        period_to: isoDay(to),
        opening: totals.opening,
        rows: totals.rows,
        turnover: totals.turnover,
        closing: totals.closing,
        closing_text: actClosingText({
          balance: totals.balance,
          supplier: supplier.name,
          buyer: buyer.name,
          date: isoDay(to),
          currency: account?.currency_code ?? "RUB",
        }),
        balance_in_words: amountInWordsRu(
          totals.balance.replace("-", ""),
          account?.currency_code ?? "RUB"
        ),
      },
      total: totals.balance,
      currency_code: account?.currency_code ?? "rub",
      filename: `act-${doc.number}.pdf`,
    }
  }
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `documents: type ${doc.type} is uploaded, not generated`
  )
}

/** Loads a document and builds its template data (read-only: nothing to compensate). */
export const buildDocumentDataStep = createStep(
  "documents-build-data",
  async (input: { document_id: string }, { container }) => {
    const docs = container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE)
    const doc = await docs.retrieveDocDocument(input.document_id)
    return new StepResponse(await buildDocumentData(container, doc))
  }
)
