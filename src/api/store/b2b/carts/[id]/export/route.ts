import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ExcelJS from "exceljs"
import { assertOwnCart, type B2BRequest } from "../../../../../utils/b2b-context"
import {
  medusaTotals,
  minorToString,
  moneyFields,
} from "../../../../../../workflows/common/utils/money"
import { pluginOptions } from "../../../../../../lib/plugin-options"
import type { XlsxFile } from "../../../../../../types/ordering/http"

/**
 * GET /store/b2b/carts/:id/export: the cart as an XLSX sheet — article, title, quantity, the contract price in
 * its own VAT terms, the VAT rate, the line's VAT and its amount with VAT, and the totals — every figure from the
 * portal's one money rule (as the cart page, the invoice and 1C), so a VAT-exclusive line carried tax-inclusive
 * in Medusa still shows its contract net price.
 */
export async function GET(req: B2BRequest, res: MedusaResponse<XlsxFile>) {
  await assertOwnCart(req, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "currency_code",
      "items.variant_sku",
      "items.product_title",
      "items.variant_title",
      ...moneyFields(),
    ],
    filters: { id: req.params.id },
  })
  const cart = data[0]
  const money = medusaTotals(cart, pluginOptions().defaultVatRate)
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet("Корзина")
  // the first five columns as they always were (Сумма: with VAT); the VAT terms follow
  ws.columns = [
    { header: "Артикул", key: "sku", width: 22 },
    { header: "Наименование", key: "title", width: 50 },
    { header: "Количество", key: "qty", width: 12 },
    { header: "Цена", key: "price", width: 14, style: { numFmt: "#,##0.00" } },
    { header: "Сумма с НДС", key: "sum", width: 16, style: { numFmt: "#,##0.00" } },
    { header: "Цена включает НДС", key: "included", width: 12 },
    { header: "Ставка НДС, %", key: "rate", width: 10 },
    { header: "Сумма НДС", key: "vat", width: 14, style: { numFmt: "#,##0.00" } },
  ]
  ws.getRow(1).font = { bold: true }
  type Row = {
    variant_sku?: string | null
    product_title?: string | null
    variant_title?: string | null
  }
  ;((cart.items ?? []) as Row[]).forEach((i, n) => {
    const m = money.lines[n]
    if (!i || !m) return
    ws.addRow({
      sku: i.variant_sku,
      title: [i.product_title, i.variant_title].filter(Boolean).join(" / "),
      qty: Number(m.quantity),
      price: Number(m.unit_price),
      included: m.vat_included ? "да" : "нет",
      rate: m.rate === null || m.rate === undefined ? "без НДС" : Number(m.rate),
      vat: Number(minorToString(m.vat)),
      sum: Number(minorToString(m.gross)),
    })
  })
  if (Number(money.shipping_gross) > 0)
    ws.addRow({ title: "Доставка", sum: Number(money.shipping_gross) })
  const totalRow = ws.addRow({ title: "Итого", vat: Number(money.vat), sum: Number(money.gross) })
  totalRow.font = { bold: true }
  res.setHeader("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  res.setHeader("Content-Disposition", `attachment; filename="cart-${req.params.id}.xlsx"`)
  res.send(Buffer.from(await wb.xlsx.writeBuffer()))
}
