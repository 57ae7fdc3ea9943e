import type { cartLines } from "@/lib/util/cart-view"
import type { lineView } from "@/lib/util/vat-view"
import { TBody, THead, Table, Td, Th, Tr } from "@/modules/common/components/table"

import { LineQuantityForm } from "./line-quantity-form"

type Line = ReturnType<typeof cartLines>[number]
type Shown = ReturnType<typeof lineView>

/** The cart's lines: a quantity to change per line (0 removes it), price and amount in the chosen VAT terms. */
export function CartLines({
  lines,
  shown,
  vat,
  money,
}: {
  lines: Line[]
  shown: Map<string, Shown>
  /** "с НДС" / "без НДС" */
  vat: string
  money: (v: number | string | null | undefined) => string
}) {
  return (
    <Table testId="cart-lines">
      <THead>
        <Th>Товар</Th>
        <Th>Артикул</Th>
        <Th num>Количество</Th>
        <Th num testId="cart-price-label">
          Цена {vat}
        </Th>
        <Th num>Сумма {vat}</Th>
      </THead>
      <TBody>
        {lines.map((l) => (
          <Tr key={l.id} testId="cart-line">
            <Td>
              <span className="font-medium max-sm:w-full max-sm:text-left">{l.name}</span>
            </Td>
            <Td label="Артикул">{l.sku}</Td>
            <Td label="Количество" num>
              <LineQuantityForm lineId={l.id} quantity={l.quantity} sku={l.sku} />
            </Td>
            <Td label={`Цена ${vat}`} num>
              {shown.get(l.id)?.derived ? "≈ " : ""}
              {money(shown.get(l.id)?.unit_price ?? l.unit_price)}
            </Td>
            <Td label={`Сумма ${vat}`} num testId="cart-line-amount">
              {money(shown.get(l.id)?.amount ?? l.amount)}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  )
}
