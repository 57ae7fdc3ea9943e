import type { MedusaResponse } from "@medusajs/framework/http"
import { removeEmployeeWorkflow } from "../../../../../workflows/company/workflows/remove-employee"
import { updateEmployeeWorkflow } from "../../../../../workflows/company/workflows/update-employee"
import { COMPANY_MODULE } from "../../../../../modules/company"
import type CompanyModuleService from "../../../../../modules/company/service"
import { type B2BRequest, notFound, requireContext } from "../../../../utils/b2b-context"
import { customerActor } from "../../../../utils/actor"
import type { UpdateEmployee } from "../validators"
import type { DeletedResponse, EmployeeResponse } from "../../../../../types/company/http"
import type { JsonOf } from "../../../../../types/common/http"

async function loadOwn(req: B2BRequest) {
  const ctx = requireContext(req)
  const company = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [emp] = await company.listB2bEmployees({
    id: req.params.id,
    legal_entity_id: ctx.active.legal_entity_id,
  })
  if (!emp) throw notFound("Employee", req.params.id)
  return emp
}

/** POST /store/b2b/employees/:id: change role, status or position of a colleague (users.manage). */
export async function POST(
  req: B2BRequest<UpdateEmployee>,
  res: MedusaResponse<JsonOf<EmployeeResponse>>
) {
  const emp = await loadOwn(req)
  const { is_default: _ignored, ...body } = req.validatedBody
  const { result } = await updateEmployeeWorkflow(req.scope).run({
    input: { id: emp.id, ...body, actor: customerActor(req) },
  })
  res.json({ employee: result })
}

/** DELETE /store/b2b/employees/:id: remove a person from the active counterparty (users.manage). */
export async function DELETE(req: B2BRequest, res: MedusaResponse<DeletedResponse<"employee">>) {
  const emp = await loadOwn(req)
  await removeEmployeeWorkflow(req.scope).run({ input: { id: emp.id, actor: customerActor(req) } })
  res.json({ id: emp.id, object: "employee", deleted: true })
}
