import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ordersDocument } from "../../../modules/one-c"
import { oneCSettings, outboundSettings } from "../../../lib/one-c-settings"
import { medusaTotals, minorToString } from "../../common/utils/money"
import { EXPORT_ORDER_FIELDS, exportOrders } from "./export-order"
import { pluginOptions } from "../../../lib/plugin-options"

export function authHeaders(): Record<string, string> {
  const o = outboundSettings()
  return o.login
    ? { authorization: `Basic ${Buffer.from(`${o.login}:${o.password}`).toString("base64")}` }
    : {}
}

/**
 * The order as 1C's HTTP service receives it: the CommerceML document of mode=query, or JSON with the
 * same content (README "1C: what an order carries" names every field).
 */
export async function orderPayload(
  container: MedusaContainer,
  orderId: string
): Promise<{ body: Buffer; contentType: string }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: EXPORT_ORDER_FIELDS,
    filters: { id: orderId },
  })
  const o = data[0]
  if (!o) throw new Error(`order ${orderId} not found`)
  const [doc] = await exportOrders(container, [o], () => ({ id: "N", name: "Принят" }))
  if (outboundSettings().pushFormat === "commerceml") {
    const s = oneCSettings()
    const xml = ordersDocument([doc], {
      encoding: s.answerEncoding,
      schemaVersion: s.schemaVersion,
      site: "b2b-portal",
    })
    return { body: xml, contentType: `application/xml; charset=${s.answerEncoding}` }
  }
  type LegalEntityRow = {
    id: string
    one_c_id?: string | null
    inn: string
    kpp?: string | null
    name: string
  }
  // the linked counterparty as the query asked for it (generated query types may leave the link untyped)
  const le: LegalEntityRow = (o.b2b_legal_entity ?? {}) as LegalEntityRow
  // the amounts 1C receives are the order's, through the portal's one money rule
  const money = medusaTotals(o, pluginOptions().defaultVatRate)
  const lines = (o.items ?? []).map((i: any, n: number) => ({
    // the 1C id when the variant came from 1C (the document falls back to the portal's ids)
    one_c_id: [i.variant_id, i.id].includes(doc.lines[n].one_c_id) ? null : doc.lines[n].one_c_id,
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
  const json = {
    id: o.id,
    number: doc.number,
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
    agreement: doc.agreement,
    payment_due: doc.payment_due,
    seller_organization: doc.seller,
    checkout: doc.checkout,
    comment: doc.comment,
    split: doc.split,
    delivery_amount: doc.delivery?.amount ?? null,
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
