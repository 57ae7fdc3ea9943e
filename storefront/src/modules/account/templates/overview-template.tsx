import type { Credit, OrderRow } from "@/types/account"
import type { ApiResult } from "@/types/api"

import { CreditCard } from "../components/credit-card"
import { OrdersTable } from "../components/orders-table"

/** The account's first page: the credit position and the latest orders (each as the role may see it). */
export function OverviewTemplate({
  credit,
  orders,
}: {
  credit: ApiResult<{ credit: Credit | null }>
  orders: ApiResult<{ orders: OrderRow[]; count: number }>
}) {
  return (
    <>
      <h2>Взаиморасчёты</h2>
      {credit.ok ? (
        <CreditCard credit={credit.data.credit} />
      ) : (
        <p className="text-sm text-ui-fg-subtle" data-testid="credit-hidden">
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
            <p className="mt-3 text-sm">
              <a href="/account/orders">Все заказы ({orders.data.count})</a>
            </p>
          )}
        </>
      ) : (
        <p className="text-sm text-ui-fg-subtle">
          {orders.status === 403 ? "Заказы видны ролям с доступом к заказам." : orders.message}
        </p>
      )}
    </>
  )
}
