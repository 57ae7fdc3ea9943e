import { type OrderRow, formatDate, orderNumber } from "@/lib/account"
import { formatMoney } from "@/lib/format"

export function OrdersTable({ orders }: { orders: OrderRow[] }) {
  if (!orders.length)
    return (
      <p className="empty" data-testid="orders-empty">
        Заказов пока нет.
      </p>
    )
  return (
    <table className="table" data-testid="orders-table">
      <thead>
        <tr>
          <th>Номер</th>
          <th>Дата</th>
          <th>Статус</th>
          <th className="num">Сумма</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((o) => (
          <tr key={o.id} data-testid="order-row">
            <td>
              <a href={`/account/orders/${encodeURIComponent(o.id)}`}>{orderNumber(o)}</a>
              {o.source === "offline" && <span className="badge">из 1С</span>}
            </td>
            <td>{formatDate(o.created_at)}</td>
            <td>
              <span
                className="status"
                style={o.b2b_status?.color ? { borderColor: o.b2b_status.color } : undefined}
              >
                {o.b2b_status?.name ?? "—"}
              </span>
            </td>
            <td className="num">{formatMoney(o.total, o.currency_code)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
