import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PRICING_CONTRACT_MODULE } from "../modules/pricing-contract"
import type PricingContractModuleService from "../modules/pricing-contract/service"
import {
  failPriceListExportWorkflow,
  generatePriceListExportWorkflow,
} from "../workflows/pricing-contract"
import { PricingEvents } from "../modules/pricing-contract"

/** Generates a requested price list in the background (on the worker when Redis is configured). */
export default async function priceListExport({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const svc = container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
  const [exp] = await svc.listPcPriceListExports({ id: event.data.id })
  if (!exp || exp.status === "done") return
  try {
    await generatePriceListExportWorkflow(container).run({ input: { id: exp.id } })
  } catch (e) {
    // a workflow rethrows its step's error, possibly serialized (a plain object with a message)
    const error = e && typeof e === "object" && "message" in e ? String(e.message) : String(e)
    await failPriceListExportWorkflow(container).run({ input: { id: exp.id, error } })
  }
}

export const config: SubscriberConfig = { event: PricingEvents.PRICE_LIST_EXPORT_REQUESTED }
