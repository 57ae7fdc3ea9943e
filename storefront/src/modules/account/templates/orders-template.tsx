import type { OrderRow } from "@/types/account"
import type { ApiResult } from "@/types/api"
import { pages } from "@/lib/util/account"
import { ErrorBox } from "@/modules/common/components/feedback"
import { Pager } from "@/modules/common/components/pager"

import { OrdersTable } from "../components/orders-table"

export const ORDERS_PAGE_SIZE = 20

/** The counterparty's orders, found by number and state, 20 a page. */
export function OrdersTemplate({
  result: r,
  number,
  active,
  offset,
}: {
  result: ApiResult<{ orders: OrderRow[]; count: number }>
  number: string
  active: "true" | "false" | undefined
  offset: number
}) {
  const link = (o: number) =>
    `/account/orders?${new URLSearchParams({ ...(number ? { number } : {}), ...(active ? { active } : {}), offset: String(o) })}`
  return (
    <>
      <h2>Заказы</h2>
      <form className="mb-4 flex flex-wrap gap-2" method="get">
        <input
          name="number"
          placeholder="Номер заказа"
          defaultValue={number}
          aria-label="Номер заказа"
          className="min-w-0 flex-1 sm:max-w-xs"
        />
        <select name="active" defaultValue={active ?? ""} aria-label="Состояние">
          <option value="">Все</option>
          <option value="true">В работе</option>
          <option value="false">Завершённые</option>
        </select>
        <button type="submit" className="secondary">
          Найти
        </button>
      </form>
      {r.ok ? (
        <>
          <p className="mb-3 font-semibold" data-testid="orders-count">
            Найдено: {r.data.count}
          </p>
          <OrdersTable orders={r.data.orders} />
          <Pager pages={pages(r.data.count, ORDERS_PAGE_SIZE, offset)} href={link} />
        </>
      ) : (
        <ErrorBox>{r.status === 403 ? "Ваша роль не даёт доступа к заказам." : r.message}</ErrorBox>
      )}
    </>
  )
}
