import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COMPANY_MODULE } from "../../../../../modules/company"
import type CompanyModuleService from "../../../../../modules/company/service"
import { unassignManagerWorkflow } from "../../../../../workflows/company/workflows/unassign-manager"
import { assertExecutive } from "../../../../utils/admin-scope"
import type { DeletedResponse } from "../../../../../types/company/http"

export async function DELETE(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<DeletedResponse<"manager_assignment">>
) {
  await assertExecutive(req)
  const company = req.scope.resolve<CompanyModuleService>(COMPANY_MODULE)
  const [a] = await company.listB2bManagerAssignments({ id: req.params.id })
  if (!a)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Assignment with id ${req.params.id} was not found`
    )
  await unassignManagerWorkflow(req.scope).run({
    input: { id: a.id, by_user_id: req.auth_context.actor_id },
  })
  res.json({ id: a.id, object: "manager_assignment", deleted: true })
}
