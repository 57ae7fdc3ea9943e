import { listOrders } from "@/lib/data/account"
import { ORDERS_PAGE_SIZE, OrdersTemplate } from "@/modules/account/templates/orders-template"

export const dynamic = "force-dynamic"

export default async function OrdersPage({
  searchParams,
}: {
  searchParams: Promise<{ offset?: string; number?: string; active?: string }>
}) {
  const sp = await searchParams
  const offset = Math.max(0, Number.parseInt(sp.offset ?? "0", 10) || 0)
  const number = (sp.number ?? "").trim().slice(0, 64)
  const active = sp.active === "true" || sp.active === "false" ? sp.active : undefined
  const result = await listOrders({
    limit: ORDERS_PAGE_SIZE,
    offset,
    number: number || undefined,
    active,
  })
  return <OrdersTemplate result={result} number={number} active={active} offset={offset} />
}
