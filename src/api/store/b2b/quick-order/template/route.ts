import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { quickOrderTemplate } from "../../../../../workflows/ordering/utils/quick-order"
import type { XlsxFile } from "../../../../../types/ordering/http"

/** GET /store/b2b/quick-order/template: the Excel template for quick order uploads. */
export async function GET(_req: MedusaRequest, res: MedusaResponse<XlsxFile>) {
  res.setHeader("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  res.setHeader("Content-Disposition", 'attachment; filename="quick-order-template.xlsx"')
  res.send(await quickOrderTemplate())
}
