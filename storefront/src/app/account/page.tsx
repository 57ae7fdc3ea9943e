import { type Credit, type OrderRow, creditState } from "@/lib/account"
import { formatMoney } from "@/lib/format"
import { accountGet } from "@/lib/session"

import { OrdersTable } from "./orders-table"

export const dynamic = "force-dynamic"

export default async function AccountPage() {
  const [credit, orders] = await Promise.all([
    accountGet<{ credit: Credit | null }>("/store/b2b/credit"),
    accountGet<{ orders: OrderRow[]; count: number }>("/store/b2b/orders", { limit: 5 }),
  ])
  return (
    <>
      <h2>Взаиморасчёты</h2>
      {credit.ok ? (
        <CreditCard credit={credit.data.credit} />
      ) : (
        <p className="muted" data-testid="credit-hidden">
          {credit.status === 403
            ? "Взаиморасчёты видны ролям с доступом к финансам."
            : credit.message}
        </p>
      )}
      <h2>Последние заказы</h2>
      {orders.ok ? (
        <>
          <OrdersTable orders={orders.data.orders} />
          {orders.data.count > orders.data.orders.length && (
            <a href="/account/orders">Все заказы ({orders.data.count})</a>
          )}
        </>
      ) : (
        <p className="muted">
          {orders.status === 403 ? "Заказы видны ролям с доступом к заказам." : orders.message}
        </p>
      )}
    </>
  )
}

function CreditCard({ credit }: { credit: Credit | null }) {
  const st = creditState(credit)
  if (!credit)
    return (
      <p data-testid="credit-none">{st.label}: заказы оформляются по предоплате или по договору.</p>
    )
  const m = (v: string) => formatMoney(v, credit.currency_code)
  return (
    <div className={`card ${st.locked ? "card-alert" : ""}`} data-testid="credit-card">
      <p className="card-title" data-testid="credit-state">
        {st.label}
      </p>
      <dl className="facts">
        <dt>Кредитный лимит</dt>
        <dd>{m(credit.credit_limit)}</dd>
        <dt>Задолженность</dt>
        <dd data-testid="credit-debt">{m(credit.debt)}</dd>
        <dt>Просрочено</dt>
        <dd>{m(credit.overdue)}</dd>
        <dt>В неоплаченных заказах</dt>
        <dd>{m(credit.open_orders)}</dd>
        <dt>Доступно</dt>
        <dd data-testid="credit-available">{m(credit.available)}</dd>
        {credit.payment_terms_days != null && (
          <>
            <dt>Отсрочка платежа</dt>
            <dd>{credit.payment_terms_days} дн.</dd>
          </>
        )}
      </dl>
    </div>
  )
}
