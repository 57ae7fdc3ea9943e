import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../../modules/company"
import type CompanyModuleService from "../../../../modules/company/service"
import { impersonateCustomerWorkflow } from "../../../../workflows/company/workflows/impersonate-customer"
import { clientIp } from "../../../utils/actor"
import { assertLegalEntityInScope } from "../../../utils/admin-scope"
import type { Impersonate } from "./validators"
import type { AdminImpersonationResponse } from "../../../../types/company/http"

/**
 * POST /admin/b2b/impersonations: "log in as user" for an employee of a company in the manager's
 * scope. Returns a short-lived customer token; its use and every write made with it are audited.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<Impersonate>,
  res: MedusaResponse<AdminImpersonationResponse>
) {
  const body = req.validatedBody
  await assertLegalEntityInScope(req, body.legal_entity_id)
  const company = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [emp] = await company.listB2bEmployees({
    customer_id: body.customer_id,
    legal_entity_id: body.legal_entity_id,
  })
  if (!emp)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `customer_id: ${body.customer_id} is not an employee of this company`
    )
  const { result } = await impersonateCustomerWorkflow(req.scope).run({
    input: { ...body, user_id: req.auth_context.actor_id, ip: clientIp(req) },
  })
  res.status(201).json({
    impersonation: {
      ...result,
      counterparty_header: { "x-b2b-counterparty": body.legal_entity_id },
    },
  })
}
