import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Decimal from "decimal.js"
import { ONE_C_MODULE, ordersDocument } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"
import { oneCSettings, outboundSettings } from "../../../lib/one-c-settings"
import { medusaTotals, minorToString, moneyFields } from "../../common/utils/money"
import { pluginOptions } from "../../../lib/plugin-options"

export function authHeaders(): Record<string, string> {
  const o = outboundSettings()
  return o.login
    ? { authorization: `Basic ${Buffer.from(`${o.login}:${o.password}`).toString("base64")}` }
    : {}
}

/** The order as 1C's HTTP service receives it. */
export async function orderPayload(
  container: MedusaContainer,
  orderId: string
): Promise<{ body: Buffer; contentType: string }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "created_at",
      "status",
      "currency_code",
      "total",
      "email",
      "items.*",
      "b2b_legal_entity.*",
      ...moneyFields(),
    ],
    filters: { id: orderId },
  })
  const o = data[0]
  if (!o) throw new Error(`order ${orderId} not found`)
  const maps = await onec.listOnecMappings(
    {
      kind: "variant",
      internal_id: (o.items ?? []).map((i: any) => i.variant_id).filter(Boolean),
    },
    { take: null }
  )
  const oneCId = new Map(maps.map((m) => [m.internal_id, m.external_id]))
  type LegalEntityRow = {
    id: string
    one_c_id?: string | null
    inn: string
    kpp?: string | null
    name: string
    full_name?: string | null
    legal_address?: string | null
  }
  // the linked counterparty as the query asked for it (generated query types may leave the link untyped)
  const le: LegalEntityRow = (o.b2b_legal_entity ?? {}) as LegalEntityRow
  // the amounts 1C receives are the order's, through the portal's one money rule (lib/money)
  const money = medusaTotals(o, pluginOptions().defaultVatRate)
  const lines = (o.items ?? []).map((i: any, n: number) => ({
    one_c_id: oneCId.get(i.variant_id) ?? null,
    sku: i.variant_sku ?? null,
    title: i.product_title ?? i.title,
    quantity: money.lines[n].quantity,
    price: money.lines[n].unit_price,
    vat_included: money.lines[n].vat_included,
    vat_rate: money.lines[n].rate ?? "0",
    amount: minorToString(money.lines[n].amount),
    vat_amount: minorToString(money.lines[n].vat),
    total: minorToString(money.lines[n].gross),
  }))
  if (outboundSettings().pushFormat === "commerceml") {
    const s = oneCSettings()
    const doc = ordersDocument(
      [
        {
          id: o.id,
          number: `B2B-${String(o.display_id).padStart(6, "0")}`,
          created_at: o.created_at,
          currency: o.currency_code,
          total: money.gross,
          vat_total: money.vat,
          vat_included: money.vat_included,
          comment: null,
          status: { id: "N", name: "Принят" },
          cancelled: false,
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
          lines: lines.map((l: any) => ({
            one_c_id: l.one_c_id ?? l.sku,
            sku: l.sku,
            title: l.title,
            price: l.price,
            quantity: l.quantity,
            amount: l.amount,
            vat_rate: l.vat_rate,
            vat_amount: l.vat_amount,
            vat_included: l.vat_included,
          })),
          delivery: new Decimal(money.shipping_gross).greaterThan(0)
            ? { amount: money.shipping_gross }
            : null,
          agreement: null,
          catalog_id: null,
        },
      ],
      { encoding: s.answerEncoding, schemaVersion: s.schemaVersion, site: "b2b-portal" }
    )
    return { body: doc, contentType: `application/xml; charset=${s.answerEncoding}` }
  }
  const json = {
    id: o.id,
    number: `B2B-${String(o.display_id).padStart(6, "0")}`,
    date: o.created_at,
    currency: o.currency_code,
    total: money.gross,
    vat_total: money.vat,
    vat_included: money.vat_included,
    counterparty: {
      id: le.id,
      one_c_id: le.one_c_id ?? null,
      inn: le.inn,
      kpp: le.kpp ?? null,
      name: le.name,
    },
    lines,
  }
  return { body: Buffer.from(JSON.stringify(json)), contentType: "application/json" }
}

/** One push attempt: 2xx is done; anything else (or no answer in time) is a failure to retry. */
export async function pushOnce(
  container: MedusaContainer,
  orderId: string
): Promise<{ ok: boolean; status: number | null; error: string | null }> {
  const o = outboundSettings()
  const { body, contentType } = await orderPayload(container, orderId)
  try {
    const r = await fetch(o.pushUrl, {
      method: "POST",
      headers: { "content-type": contentType, "idempotency-key": orderId, ...authHeaders() },
      body: new Uint8Array(body),
      signal: AbortSignal.timeout(o.timeoutMs),
    })
    if (r.ok) return { ok: true, status: r.status, error: null }
    return {
      ok: false,
      status: r.status,
      error: `HTTP ${r.status}: ${(await r.text()).slice(0, 300)}`,
    }
  } catch (e) {
    return { ok: false, status: null, error: (e as Error).message }
  }
}
