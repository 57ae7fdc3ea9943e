import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../../audit/steps/record-audit"

import { guardLastManagerStep } from "../steps/guard-last-manager"
import { Actor } from "../utils/employees"
import { softDeleteB2bEmployeesStep } from "../steps/soft-delete-b2b-employees"
import { CompanyEvents } from "../../../modules/company"

/** Removes a person from a legal entity (soft delete), keeping at least one user manager. */
export const removeEmployeeWorkflow = createWorkflow(
  "b2b-remove-employee",
  (input: { id: string; actor: Actor }) => {
    const before = guardLastManagerStep(
      transform({ input }, ({ input }) => ({ employee_id: input.id, removing: true }))
    )
    softDeleteB2bEmployeesStep(transform({ input }, ({ input }) => [input.id]))
    recordAuditStep(
      transform({ input, before }, ({ input, before }) => [
        {
          action: "employee.removed",
          ...input.actor,
          resource_type: "employee",
          resource_id: input.id,
          legal_entity_id: before.legal_entity.id,
          data: { customer_id: before.customer_id },
        },
      ])
    )
    emitEventStep({ eventName: CompanyEvents.EMPLOYEE_DELETED, data: { id: input.id } })
    return new WorkflowResponse({ id: input.id })
  }
)
