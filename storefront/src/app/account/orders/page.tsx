import { type OrderRow, pages } from "@/lib/account"
import { accountGet } from "@/lib/session"

import { OrdersTable } from "../orders-table"

export const dynamic = "force-dynamic"

const LIMIT = 20

export default async function OrdersPage({
  searchParams,
}: {
  searchParams: Promise<{ offset?: string; number?: string; active?: string }>
}) {
  const sp = await searchParams
  const offset = Math.max(0, Number.parseInt(sp.offset ?? "0", 10) || 0)
  const number = (sp.number ?? "").trim().slice(0, 64)
  const active = sp.active === "true" || sp.active === "false" ? sp.active : undefined
  const r = await accountGet<{ orders: OrderRow[]; count: number }>("/store/b2b/orders", {
    limit: LIMIT,
    offset,
    number: number || undefined,
    active,
  })
  const link = (o: number) =>
    `/account/orders?${new URLSearchParams({ ...(number ? { number } : {}), ...(active ? { active } : {}), offset: String(o) })}`
  const p = r.ok ? pages(r.data.count, LIMIT, offset) : null
  return (
    <>
      <h2>Заказы</h2>
      <form className="filters" method="get">
        <input
          name="number"
          placeholder="Номер заказа"
          defaultValue={number}
          aria-label="Номер заказа"
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
          <p className="summary" data-testid="orders-count">
            Найдено: {r.data.count}
          </p>
          <OrdersTable orders={r.data.orders} />
          {p && (
            <p className="pager">
              {p.prev !== null && <a href={link(p.prev)}>← Назад</a>} Страница {p.current} из{" "}
              {p.total} {p.next !== null && <a href={link(p.next)}>Дальше →</a>}
            </p>
          )}
        </>
      ) : (
        <div className="error-box" role="alert">
          {r.status === 403 ? "Ваша роль не даёт доступа к заказам." : r.message}
        </div>
      )}
    </>
  )
}
