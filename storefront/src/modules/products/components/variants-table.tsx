import { type VariantRow, priceColumnLabel } from "@/lib/util/product-view"
import { vatLabel } from "@/lib/util/vat-view"
import { TBody, THead, Table, Td, Th, Tr } from "@/modules/common/components/table"

import { AddToCartForm } from "./add-to-cart-form"

/** The product's variants: article, stock, the buyer's contract price and — signed in — a quantity to order. */
export function VariantsTable({ rows, signedIn }: { rows: VariantRow[]; signedIn: boolean }) {
  const priceLabel = priceColumnLabel(rows)
  const mixed = (v: VariantRow) => rows.some((r) => r.price && r.vat !== v.vat)
  return (
    <Table testId="variants">
      <THead>
        <Th>Вариант</Th>
        <Th>Артикул</Th>
        <Th>Наличие</Th>
        <Th num testId="price-label">
          {priceLabel}
        </Th>
        {signedIn && <Th num>Заказать</Th>}
      </THead>
      <TBody>
        {rows.map((v) => (
          <Tr key={v.id} testId="variant-row">
            <Td label="Вариант">{v.title}</Td>
            <Td label="Артикул">{v.sku}</Td>
            <Td label="Наличие">{v.stock}</Td>
            <Td label={priceLabel} num testId="variant-price">
              {v.price ?? "—"}
              {v.price && v.vat && mixed(v) ? ` ${vatLabel(v.vat)}` : ""}
            </Td>
            {signedIn && (
              <Td num>
                <AddToCartForm variantId={v.id} sku={v.sku} disabled={!v.orderable || !v.price} />
              </Td>
            )}
          </Tr>
        ))}
      </TBody>
    </Table>
  )
}
