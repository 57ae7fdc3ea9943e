import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { PRICING_CONTRACT_MODULE } from "../../../../../modules/pricing-contract"
import type PricingContractModuleService from "../../../../../modules/pricing-contract/service"
import { assertReferencesExist } from "../../../../validation/references"

/** Referenced price types and price lists must exist, so no rule points at nothing. */
export async function checkPricingReferences(
  container: MedusaContainer,
  body: Record<string, unknown>
) {
  const svc = container.resolve<PricingContractModuleService>(PRICING_CONTRACT_MODULE)
  if (typeof body.price_type_id === "string") {
    const [t] = await svc.listPcPriceTypes({ id: body.price_type_id })
    if (!t)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `price_type_id: price type ${body.price_type_id} does not exist`
      )
  }
  if (typeof body.price_list_id === "string") {
    const [l] = await svc.listPcPriceLists({ id: body.price_list_id })
    if (!l)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `price_list_id: price list ${body.price_list_id} does not exist`
      )
  }
  if (typeof body.agreement_id === "string") {
    const [a] = await svc.listPcAgreements({ id: body.agreement_id })
    if (!a)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `agreement_id: agreement ${body.agreement_id} does not exist`
      )
  }
  // counterparties, seller organizations, categories and a rule's target must exist too (issue 15)
  const str = (v: unknown) => (typeof v === "string" ? v : null)
  const targetEntity = {
    variant: "product_variant",
    product: "product",
    category: "product_category",
  }[String(body.target_type ?? "")]
  await assertReferencesExist(container, [
    { field: "legal_entity_id", entity: "b2b_legal_entity", id: str(body.legal_entity_id) },
    { field: "holding_id", entity: "b2b_holding", id: str(body.holding_id) },
    {
      field: "seller_organization_id",
      entity: "b2b_seller_organization",
      id: str(body.seller_organization_id),
    },
    { field: "category_id", entity: "product_category", id: str(body.category_id) },
    ...(targetEntity
      ? [{ field: "target_id", entity: targetEntity, id: str(body.target_id) }]
      : []),
  ])
  if (body.kind === "fixed" && !body.currency_code) body.currency_code = "rub"
  if (body.legal_entity_id && body.holding_id && !("price_list_id" in body)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "holding_id: give a legal entity or a holding, not both"
    )
  }
}
