import { type OrderRow, formatDate, orderNumber } from "@/lib/account"
import { formatMoney } from "@/lib/format"
import { type MoneyTotals, lineView, vatDisplay, vatLabel } from "@/lib/vat-view"
import { accountGet } from "@/lib/session"

import { ReorderForm } from "./reorder-form"

export const dynamic = "force-dynamic"

type Item = {
  id: string
  title: string
  variant_sku: string | null
  quantity: number | string
  unit_price: number | string
  subtotal?: number | string | null
  total?: number | string | null
}
type Order = OrderRow & {
  items: Item[]
  subtotal: number | string | null
  tax_total: number | string | null
  shipping_address?: {
    address_1?: string | null
    city?: string | null
    company?: string | null
  } | null
  b2b_legal_entity?: { name: string } | null
  b2b_status_history?: { code: string; name: string; at: string; comment: string | null }[]
  /** net / VAT / gross by the backend's one money rule (what the invoice and 1C carry) */
  b2b_totals?: MoneyTotals | null
}

export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<{ placed?: string; vat?: string }>
}) {
  const { id } = await params
  const { placed, vat } = await searchParams
  const r = await accountGet<{ order: Order }>(`/store/b2b/orders/${encodeURIComponent(id)}`)
  if (!r.ok) {
    return (
      <div className="error-box" role="alert" data-testid="order-error">
        {r.status === 404 ? "Заказ не найден среди заказов выбранного контрагента." : r.message}
      </div>
    )
  }
  const o = r.data.order
  const m = (v: number | string | null | undefined) => formatMoney(v, o.currency_code)
  const totals = o.b2b_totals ?? null
  const display = vatDisplay(vat, totals?.vat_included)
  const shown = new Map((totals?.lines ?? []).map((l) => [l.id, lineView(l, display)]))
  return (
    <>
      {placed && (
        <p className="notice" data-testid="order-placed">
          Заказ оформлен. Менеджер подтвердит его; статус и документы появятся здесь.
        </p>
      )}
      <h2 data-testid="order-number">
        Заказ {orderNumber(o)} от {formatDate(o.created_at)}
      </h2>
      <p>
        Статус: <strong>{o.b2b_status?.name ?? "—"}</strong>
        {o.source === "offline" && <span className="badge">оформлен в 1С</span>}
        {o.b2b_legal_entity && <span className="muted"> · {o.b2b_legal_entity.name}</span>}
      </p>
      <table className="table" data-testid="order-lines">
        <thead>
          <tr>
            <th>Товар</th>
            <th>Артикул</th>
            <th className="num">Кол-во</th>
            <th className="num">Цена {vatLabel(display)}</th>
            <th className="num">Сумма {vatLabel(display)}</th>
          </tr>
        </thead>
        <tbody>
          {o.items.map((i) => (
            <tr key={i.id}>
              <td>{i.title}</td>
              <td>{i.variant_sku ?? "—"}</td>
              <td className="num">{String(i.quantity)}</td>
              <td className="num">
                {shown.get(i.id)?.derived ? "≈ " : ""}
                {m(shown.get(i.id)?.unit_price ?? i.unit_price)}
              </td>
              <td className="num">{m(shown.get(i.id)?.amount ?? i.subtotal ?? i.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="facts">
        <dt>Без НДС</dt>
        <dd>{m(totals?.net ?? o.subtotal)}</dd>
        <dt>НДС</dt>
        <dd>{m(totals?.vat ?? o.tax_total)}</dd>
        <dt>Итого с НДС</dt>
        <dd>
          <strong>{m(totals?.gross ?? o.total)}</strong>
        </dd>
        {o.shipping_address?.address_1 && (
          <>
            <dt>Доставка</dt>
            <dd>
              {[o.shipping_address.company, o.shipping_address.city, o.shipping_address.address_1]
                .filter(Boolean)
                .join(", ")}
            </dd>
          </>
        )}
      </dl>
      {!!o.b2b_status_history?.length && (
        <>
          <h3>История</h3>
          <ul className="history">
            {o.b2b_status_history.map((h, n) => (
              <li key={n}>
                {formatDate(h.at)} — {h.name}
                {h.comment && <span className="muted"> ({h.comment})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <ReorderForm orderId={o.id} />
      <p>
        <a href={`/account/documents?order_id=${encodeURIComponent(o.id)}`}>Документы по заказу</a>{" "}
        · <a href="/account/orders">Все заказы</a>
      </p>
    </>
  )
}
