import type { Order } from "@/types/account"
import type { ApiResult } from "@/types/api"
import { formatDate, orderNumber } from "@/lib/util/account"
import { formatMoney } from "@/lib/util/format"
import { lineView, vatDisplay, vatLabel } from "@/lib/util/vat-view"
import { Badge, ErrorBox, Notice } from "@/modules/common/components/feedback"
import { Facts } from "@/modules/common/components/facts"

import { CancelOrderForm } from "../components/cancel-order-form"
import { OrderLines } from "../components/order-lines"
import { ReorderForm } from "../components/reorder-form"

/** An order: status, lines and totals (net / VAT / gross as the invoice has them), history, repeat, documents. */
export function OrderTemplate({
  result: r,
  placed,
  vat,
}: {
  result: ApiResult<{ order: Order }>
  placed: boolean
  vat?: string
}) {
  if (!r.ok)
    return (
      <ErrorBox testId="order-error">
        {r.status === 404 ? "Заказ не найден среди заказов выбранного контрагента." : r.message}
      </ErrorBox>
    )
  const o = r.data.order
  const m = (v: number | string | null | undefined) => formatMoney(v, o.currency_code)
  const totals = o.b2b_totals ?? null
  const display = vatDisplay(vat, totals?.vat_included)
  const shown = new Map((totals?.lines ?? []).map((l) => [l.id, lineView(l, display)]))
  const address = o.shipping_address
  return (
    <>
      {placed && (
        <Notice testId="order-placed">
          Заказ оформлен. Менеджер подтвердит его; статус и документы появятся здесь.
        </Notice>
      )}
      <h2 data-testid="order-number">
        Заказ {orderNumber(o)} от {formatDate(o.created_at)}
      </h2>
      <p className="mb-4 text-sm">
        Статус: <strong>{o.b2b_status?.name ?? "—"}</strong>
        {o.source === "offline" && <Badge>оформлен в 1С</Badge>}
        {o.b2b_legal_entity && (
          <span className="text-ui-fg-subtle"> · {o.b2b_legal_entity.name}</span>
        )}
      </p>
      <OrderLines items={o.items} shown={shown} vat={vatLabel(display)} money={m} />
      <Facts>
        <dt>Без НДС</dt>
        <dd>{m(totals?.net ?? o.subtotal)}</dd>
        <dt>НДС</dt>
        <dd>{m(totals?.vat ?? o.tax_total)}</dd>
        <dt>Итого с НДС</dt>
        <dd>
          <strong>{m(totals?.gross ?? o.total)}</strong>
        </dd>
        {address?.address_1 && (
          <>
            <dt>Доставка</dt>
            <dd>{[address.company, address.city, address.address_1].filter(Boolean).join(", ")}</dd>
          </>
        )}
      </Facts>
      {!!o.b2b_status_history?.length && (
        <>
          <h3>История</h3>
          <ul className="list-disc pl-5 text-sm">
            {o.b2b_status_history.map((h, n) => (
              <li key={n}>
                {formatDate(h.at)} — {h.name}
                {h.comment && <span className="text-ui-fg-subtle"> ({h.comment})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <ReorderForm orderId={o.id} />
      {o.can_cancel && <CancelOrderForm orderId={o.id} />}
      <p className="text-sm">
        <a href={`/account/documents?order_id=${encodeURIComponent(o.id)}`}>Документы по заказу</a>{" "}
        · <a href="/account/orders">Все заказы</a>
      </p>
    </>
  )
}
