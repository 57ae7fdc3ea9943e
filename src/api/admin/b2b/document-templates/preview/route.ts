import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type DocumentsModuleService from "../../../../../modules/documents/service"
import type { SaveTemplate } from "../validators"
import {
  DOCUMENTS_MODULE,
  sampleActData,
  sampleInvoiceData,
  samplePriceListData,
  sampleUpdData,
  templateSyntaxError,
} from "../../../../../modules/documents"
import type { PdfFile } from "../../../../../types/documents/http"

const SAMPLES: Record<string, () => unknown> = {
  invoice: () => sampleInvoiceData(12),
  upd: () => sampleUpdData(8),
  reconciliation_act: sampleActData,
  price_list: () => samplePriceListData(30),
}

/** POST /admin/b2b/document-templates/preview: the edited template rendered with a sample order, as PDF. */
export async function POST(
  req: AuthenticatedMedusaRequest<SaveTemplate>,
  res: MedusaResponse<PdfFile>
) {
  const b = req.validatedBody
  const err = templateSyntaxError(b.body)
  if (err) throw new MedusaError(MedusaError.Types.INVALID_DATA, `body: ${err}`)
  const sample = SAMPLES[b.type]
  if (!sample)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `type: no sample for ${b.type}`)
  // a throw-away id/version: previews never pollute the compiled-template cache of real documents
  const pdf = await req.scope
    .resolve<DocumentsModuleService>(DOCUMENTS_MODULE)
    .renderTemplatePdf(
      { id: `preview-${Date.now()}-${Math.random()}`, version: 0, body: b.body, css: b.css },
      sample()
    )
  res.setHeader("Content-Type", "application/pdf")
  res.send(pdf)
}
