import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRICING_CONTRACT_MODULE } from "../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../modules/pricing-contract/service"
import {
  generatePriceListPdf,
  generatePriceListXlsx,
  updateExportProgress,
} from "../utils/price-list-file"

/**
 * Generates a requested price list (XLSX or PDF) with its progress on the export row; the file is
 * the step's result (stored by `completePriceListExportWorkflow`). Writes nothing else to undo.
 */
export const generatePriceListFileStep = createStep(
  "pricing-generate-price-list-file",
  async (input: { id: string }, { container }) => {
    const svc = container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
    const exp = await svc.retrievePcPriceListExport(input.id)
    const generate = exp.format === "pdf" ? generatePriceListPdf : generatePriceListXlsx
    const out = await generate(
      container,
      {
        id: exp.id,
        legal_entity_id: exp.legal_entity_id,
        holding_id: exp.holding_id,
        category_ids: exp.category_ids as string[] | null,
        region_code: exp.region_code,
      },
      (done, total) => updateExportProgress(container, exp.id, done, total)
    )
    return new StepResponse({
      id: exp.id,
      file_name: out.file_name,
      content_base64: out.buffer.toString("base64"),
      rows: out.rows,
    })
  }
)
