import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import type { Party } from "../../../modules/documents"
import { pluginOptions } from "../../../lib/plugin-options"

export const DEFAULT_VAT = () => pluginOptions().defaultVatRate

/** The counterparty and the seller organization that issues its documents (its own, else the default one). */
export async function parties(
  container: MedusaContainer,
  legalEntityId: string
): Promise<{ buyer: Party; supplier: Party; vat: string }> {
  const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [le] = await company.listB2bLegalEntities({ id: legalEntityId }, { take: 1 })
  if (!le)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Legal entity with id ${legalEntityId} was not found`
    )
  const orgs = await company.listB2bSellerOrganizations(
    le.seller_organization_id ? { id: le.seller_organization_id } : { is_default: true },
    { take: 1 }
  )
  const org =
    orgs[0] ??
    (await company.listB2bSellerOrganizations({}, { take: 1, order: { created_at: "ASC" } }))[0]
  if (!org)
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "documents: no seller organization with requisites is set up (Admin → B2B → seller organizations)"
    )
  return {
    buyer: {
      name: le.full_name || le.name,
      inn: le.inn,
      kpp: le.kpp ?? undefined,
      address: le.legal_address ?? undefined,
    },
    supplier: {
      name: org.full_name || org.name,
      inn: org.inn,
      kpp: org.kpp ?? undefined,
      address: org.address ?? undefined,
      bank_name: org.bank_name ?? undefined,
      bik: org.bik ?? undefined,
      account: org.account ?? undefined,
      corr_account: org.corr_account ?? undefined,
      director: org.director ?? undefined,
      accountant: org.accountant ?? undefined,
    },
    vat: String(org.vat_rate ?? DEFAULT_VAT()),
  }
}
