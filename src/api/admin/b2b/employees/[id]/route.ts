import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../../../modules/company"
import type CompanyModuleService from "../../../../../modules/company/service"
import { removeEmployeeWorkflow } from "../../../../../workflows/company/workflows/remove-employee"
import { updateEmployeeWorkflow } from "../../../../../workflows/company/workflows/update-employee"
import { userActor } from "../../../../utils/actor"
import { canSeeLegalEntity, managerScope } from "../../../../utils/admin-scope"
import type { UpdateEmployee } from "../validators"
import type { DeletedResponse, EmployeeResponse } from "../../../../../types/company/http"
import type { JsonOf } from "../../../../../types/common/http"

async function load(req: AuthenticatedMedusaRequest) {
  const scope = await managerScope(req)
  const company = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [emp] = await company.listB2bEmployees(
    { id: req.params.id },
    { relations: ["legal_entity"] }
  )
  if (!emp || !canSeeLegalEntity(scope, emp.legal_entity?.id)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Employee with id ${req.params.id} was not found`
    )
  }
  return emp
}

/** POST /admin/b2b/employees/:id: enable/disable, change role, make default (audited). */
export async function POST(
  req: AuthenticatedMedusaRequest<UpdateEmployee>,
  res: MedusaResponse<JsonOf<EmployeeResponse>>
) {
  const emp = await load(req)
  const { result } = await updateEmployeeWorkflow(req.scope).run({
    input: { id: emp.id, ...req.validatedBody, actor: userActor(req) },
  })
  res.json({ employee: result })
}

/** DELETE /admin/b2b/employees/:id: remove the person from this legal entity. */
export async function DELETE(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<DeletedResponse<"employee">>
) {
  const emp = await load(req)
  await removeEmployeeWorkflow(req.scope).run({ input: { id: emp.id, actor: userActor(req) } })
  res.json({ id: emp.id, object: "employee", deleted: true })
}
