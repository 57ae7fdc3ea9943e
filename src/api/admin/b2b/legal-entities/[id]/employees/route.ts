import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { ICustomerModuleService } from "@medusajs/framework/types"
import { createInvitationWorkflow } from "../../../../../../workflows/company/workflows/create-invitation"
import { addEmployeeWorkflow } from "../../../../../../workflows/company/workflows/add-employee"
import { userActor } from "../../../../../utils/actor"
import { assertLegalEntityInScope } from "../../../../../utils/admin-scope"
import type { AdminAddEmployee } from "../../validators"
import { assertReferencesExist } from "../../../../../validation/references"
import type {
  AdminAddEmployeeResponse,
  AdminEmployeeListResponse,
} from "../../../../../../types/company/http"
import type { JsonOf } from "../../../../../../types/common/http"

export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<JsonOf<AdminEmployeeListResponse>>
) {
  await assertLegalEntityInScope(req, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "b2b_employee",
    fields: [
      "id",
      "role_id",
      "status",
      "position",
      "is_default",
      "customer_id",
      "customer.email",
      "customer.first_name",
      "customer.last_name",
      "customer.phone",
      "created_at",
    ],
    filters: { legal_entity_id: req.params.id },
  })
  res.json({ employees: data })
}

/**
 * POST /admin/b2b/legal-entities/:id/employees: attach an existing customer (customer_id, or the
 * account with that email), or invite a new person by email (they set their password).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminAddEmployee>,
  res: MedusaResponse<JsonOf<AdminAddEmployeeResponse>>
) {
  await assertLegalEntityInScope(req, req.params.id)
  const body = req.validatedBody
  await assertReferencesExist(req.scope, [
    { field: "role_id", entity: "b2b_role", id: body.role_id },
    { field: "customer_id", entity: "customer", id: body.customer_id },
  ])
  let customerId = body.customer_id
  if (!customerId && body.email) {
    const customers = req.scope.resolve<ICustomerModuleService>(Modules.CUSTOMER)
    const [existing] = await customers.listCustomers({ email: body.email, has_account: true })
    if (!existing) {
      const { result } = await createInvitationWorkflow(req.scope).run({
        input: {
          legal_entity_id: req.params.id,
          email: body.email,
          role_id: body.role_id,
          actor: userActor(req),
        },
      })
      return res.status(201).json({
        invitation: {
          id: result.id,
          email: result.email,
          status: result.status,
          expires_at: result.expires_at,
        },
      })
    }
    customerId = existing.id
  }
  if (!customerId) throw new MedusaError(MedusaError.Types.INVALID_DATA, "customer_id: required")
  const { result } = await addEmployeeWorkflow(req.scope).run({
    input: {
      legal_entity_id: req.params.id,
      customer_id: customerId,
      role_id: body.role_id,
      position: body.position ?? null,
      is_default: body.is_default,
      actor: userActor(req),
    },
  })
  res.status(201).json({ employee: result })
}
