import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { PRICING_CONTRACT_MODULE } from "../../../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../../../modules/pricing-contract/service"

/** Referenced price types and price lists must exist, so no rule points at nothing. */
export async function checkPricingReferences(container: MedusaContainer, body: Record<string, unknown>) {
  const svc = container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
  if (typeof body.price_type_id === "string") {
    const [t] = await svc.listPcPriceTypes({ id: body.price_type_id })
    if (!t) throw new MedusaError(MedusaError.Types.INVALID_DATA, `price_type_id: price type ${body.price_type_id} does not exist`)
  }
  if (typeof body.price_list_id === "string") {
    const [l] = await svc.listPcPriceLists({ id: body.price_list_id })
    if (!l) throw new MedusaError(MedusaError.Types.INVALID_DATA, `price_list_id: price list ${body.price_list_id} does not exist`)
  }
  if (typeof body.agreement_id === "string") {
    const [a] = await svc.listPcAgreements({ id: body.agreement_id })
    if (!a) throw new MedusaError(MedusaError.Types.INVALID_DATA, `agreement_id: agreement ${body.agreement_id} does not exist`)
  }
  if (body.kind === "fixed" && !body.currency_code) body.currency_code = "rub"
  if (body.legal_entity_id && body.holding_id && !("price_list_id" in body)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "holding_id: give a legal entity or a holding, not both")
  }
}
