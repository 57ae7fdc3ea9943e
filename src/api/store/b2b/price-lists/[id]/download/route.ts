import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { IFileModuleService } from "@medusajs/framework/types"
import type { B2BRequest } from "../../../../../utils/b2b-context"
import { loadOwnExport } from "../route"
import type { PriceListFile } from "../../../../../../types/pricing/http"

/** GET /store/b2b/price-lists/:id/download: the file, only for the counterparty that asked for it. */
export async function GET(req: B2BRequest, res: MedusaResponse<PriceListFile>) {
  const e = await loadOwnExport(req)
  if (e.status !== "done" || !e.file_id)
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `The price list is ${e.status}, not ready yet`
    )
  const files = req.scope.resolve<IFileModuleService>(Modules.FILE)
  const buffer = await files.getAsBuffer(e.file_id)
  const pdf = e.format === "pdf"
  res.setHeader(
    "Content-Type",
    pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  )
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="${e.file_name ?? (pdf ? "price-list.pdf" : "price-list.xlsx")}"`
  )
  res.send(buffer)
}
