import type { OrderItem } from "@/types/account"
import type { lineView } from "@/lib/util/vat-view"
import { TBody, THead, Table, Td, Th, Tr } from "@/modules/common/components/table"

/** An order's lines, price and amount in the chosen VAT terms. */
export function OrderLines({
  items,
  shown,
  vat,
  money,
}: {
  items: OrderItem[]
  shown: Map<string, ReturnType<typeof lineView>>
  vat: string
  money: (v: number | string | null | undefined) => string
}) {
  return (
    <Table testId="order-lines">
      <THead>
        <Th>Товар</Th>
        <Th>Артикул</Th>
        <Th num>Кол-во</Th>
        <Th num>Цена {vat}</Th>
        <Th num>Сумма {vat}</Th>
      </THead>
      <TBody>
        {items.map((i) => (
          <Tr key={i.id}>
            <Td>
              <span className="font-medium max-sm:w-full max-sm:text-left">{i.title}</span>
            </Td>
            <Td label="Артикул">{i.variant_sku ?? "—"}</Td>
            <Td label="Кол-во" num>
              {String(i.quantity)}
            </Td>
            <Td label={`Цена ${vat}`} num>
              {shown.get(i.id)?.derived ? "≈ " : ""}
              {money(shown.get(i.id)?.unit_price ?? i.unit_price)}
            </Td>
            <Td label={`Сумма ${vat}`} num>
              {money(shown.get(i.id)?.amount ?? i.subtotal ?? i.total)}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  )
}
