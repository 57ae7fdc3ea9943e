import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PRICING_CONTRACT_MODULE } from "../modules/pricing-contract"
import type PricingContractModuleService from "../modules/pricing-contract/service"
import {
  generatePriceListPdf,
  generatePriceListXlsx,
  updateExportProgress,
} from "../workflows/pricing-contract/utils"
import {
  completePriceListExportWorkflow,
  failPriceListExportWorkflow,
} from "../workflows/pricing-contract"

/** Generates a requested price list in the background (on the worker when Redis is configured). */
export default async function priceListExport({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const svc = container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
  const [exp] = await svc.listPcPriceListExports({ id: event.data.id })
  if (!exp || exp.status === "done") return
  try {
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
    await completePriceListExportWorkflow(container).run({
      input: {
        id: exp.id,
        file_name: out.file_name,
        content_base64: out.buffer.toString("base64"),
        rows: out.rows,
      },
    })
  } catch (e) {
    await failPriceListExportWorkflow(container).run({
      input: { id: exp.id, error: e instanceof Error ? e.message : String(e) },
    })
  }
}

export const config: SubscriberConfig = { event: "pricing.price_list_export.requested" }
