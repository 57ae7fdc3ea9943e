import type { OrderRow } from "@/types/account"
import { formatDate, orderNumber } from "@/lib/util/account"
import { formatMoney } from "@/lib/util/format"
import { Badge, Empty } from "@/modules/common/components/feedback"
import { TBody, THead, Table, Td, Th, Tr } from "@/modules/common/components/table"

export function OrdersTable({ orders }: { orders: OrderRow[] }) {
  if (!orders.length) return <Empty testId="orders-empty">Заказов пока нет.</Empty>
  return (
    <Table testId="orders-table">
      <THead>
        <Th>Номер</Th>
        <Th>Дата</Th>
        <Th>Статус</Th>
        <Th num>Сумма</Th>
      </THead>
      <TBody>
        {orders.map((o) => (
          <Tr key={o.id} testId="order-row">
            <Td label="Номер">
              <span>
                <a href={`/account/orders/${encodeURIComponent(o.id)}`} className="font-medium">
                  {orderNumber(o)}
                </a>
                {o.source === "offline" && <Badge>из 1С</Badge>}
              </span>
            </Td>
            <Td label="Дата">{formatDate(o.created_at)}</Td>
            <Td label="Статус">
              <span
                className="inline-block rounded-full border border-ui-border-strong px-2 py-0.5 text-xs"
                style={o.b2b_status?.color ? { borderColor: o.b2b_status.color } : undefined}
              >
                {o.b2b_status?.name ?? "—"}
              </span>
            </Td>
            <Td label="Сумма" num>
              {formatMoney(o.total, o.currency_code)}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  )
}
