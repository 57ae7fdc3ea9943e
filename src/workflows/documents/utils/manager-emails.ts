import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

/** E-mails of the managers assigned to a counterparty (or its holding). */
export async function managerEmails(
  container: MedusaContainer,
  legalEntityId: string
): Promise<string[]> {
  const company = container.resolve<CompanyModuleService>(COMPANY_MODULE)
  const rows = await company.listB2bManagerAssignments(
    { legal_entity_id: legalEntityId },
    {
      take: 20,
    }
  )
  const ids = [...new Set(rows.map((r: any) => r.user_id).filter(Boolean))]
  if (!ids.length) return []
  const users = await container.resolve(Modules.USER).listUsers({ id: ids })
  return users.map((u: any) => u.email).filter(Boolean)
}
