import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ExcelJS from "exceljs"
import { assertOwnCart, type B2BRequest } from "../../../../../utils/b2b-context"

/** GET /store/b2b/carts/:id/export: the cart as an XLSX sheet (article, title, quantity, price, sum). */
export async function GET(req: B2BRequest, res: MedusaResponse) {
  await assertOwnCart(req, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "currency_code",
      "total",
      "items.variant_sku",
      "items.product_title",
      "items.variant_title",
      "items.quantity",
      "items.unit_price",
      "items.total",
    ],
    filters: { id: req.params.id },
  })
  const cart = data[0]
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet("Корзина")
  ws.columns = [
    { header: "Артикул", key: "sku", width: 22 },
    { header: "Наименование", key: "title", width: 50 },
    { header: "Количество", key: "qty", width: 12 },
    { header: "Цена", key: "price", width: 14, style: { numFmt: "#,##0.00" } },
    { header: "Сумма", key: "sum", width: 16, style: { numFmt: "#,##0.00" } },
  ]
  ws.getRow(1).font = { bold: true }
  const n = (v: any) => Number(v?.numeric ?? v ?? 0)
  for (const i of cart.items ?? []) {
    ws.addRow({
      sku: i.variant_sku,
      title: [i.product_title, i.variant_title].filter(Boolean).join(" / "),
      qty: Number(i.quantity),
      price: n(i.unit_price),
      sum: n(i.total),
    })
  }
  const totalRow = ws.addRow({ title: "Итого", sum: n(cart.total) })
  totalRow.font = { bold: true }
  res.setHeader("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  res.setHeader("Content-Disposition", `attachment; filename="cart-${req.params.id}.xlsx"`)
  res.send(Buffer.from(await wb.xlsx.writeBuffer()))
}
