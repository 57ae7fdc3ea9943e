import { type OrderRow, formatDate, orderNumber } from "@/lib/account";
import { formatMoney } from "@/lib/format";
import { accountGet } from "@/lib/session";

export const dynamic = "force-dynamic";

type Item = { id: string; title: string; variant_sku: string | null; quantity: number | string; unit_price: number | string; total?: number | string | null };
type Order = OrderRow & {
  items: Item[];
  subtotal: number | string | null;
  tax_total: number | string | null;
  shipping_address?: { address_1?: string | null; city?: string | null; company?: string | null } | null;
  b2b_legal_entity?: { name: string } | null;
  b2b_status_history?: { code: string; name: string; at: string; comment: string | null }[];
};

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const r = await accountGet<{ order: Order }>(`/store/b2b/orders/${encodeURIComponent(id)}`);
  if (!r.ok) {
    return (
      <div className="error-box" role="alert" data-testid="order-error">
        {r.status === 404 ? "Заказ не найден среди заказов выбранного контрагента." : r.message}
      </div>
    );
  }
  const o = r.data.order;
  const m = (v: number | string | null | undefined) => formatMoney(v, o.currency_code);
  return (
    <>
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
            <th className="num">Цена</th>
            <th className="num">Сумма</th>
          </tr>
        </thead>
        <tbody>
          {o.items.map((i) => (
            <tr key={i.id}>
              <td>{i.title}</td>
              <td>{i.variant_sku ?? "—"}</td>
              <td className="num">{String(i.quantity)}</td>
              <td className="num">{m(i.unit_price)}</td>
              <td className="num">{m(i.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="facts">
        <dt>Без НДС и доставки</dt>
        <dd>{m(o.subtotal)}</dd>
        <dt>НДС</dt>
        <dd>{m(o.tax_total)}</dd>
        <dt>Итого</dt>
        <dd>
          <strong>{m(o.total)}</strong>
        </dd>
        {o.shipping_address?.address_1 && (
          <>
            <dt>Доставка</dt>
            <dd>{[o.shipping_address.company, o.shipping_address.city, o.shipping_address.address_1].filter(Boolean).join(", ")}</dd>
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
      <p>
        <a href={`/account/documents?order_id=${encodeURIComponent(o.id)}`}>Документы по заказу</a> · <a href="/account/orders">Все заказы</a>
      </p>
    </>
  );
}
