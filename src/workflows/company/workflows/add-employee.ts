import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../../audit/steps/record-audit"

import { ensureNotEmployeeStep } from "../steps/ensure-not-employee"
import { setDefaultMembershipStep } from "../steps/set-default-membership"
import { validateLegalEntityStep } from "../steps/validate-legal-entity"
import { validateRoleForLegalEntityStep } from "../steps/validate-role-for-legal-entity"
import { Actor } from "../utils/employees"
import { createB2bEmployeesStep } from "../steps/create-b2b-employees"
import { CompanyEvents } from "../../../modules/company"

export type AddEmployeeInput = {
  legal_entity_id: string
  customer_id: string
  role_id: string
  position?: string | null
  is_default?: boolean
  actor: Actor
}

/** Adds an existing customer to a legal entity with a role. */
export const addEmployeeWorkflow = createWorkflow("b2b-add-employee", (input: AddEmployeeInput) => {
  validateLegalEntityStep({ legal_entity_id: input.legal_entity_id })
  validateRoleForLegalEntityStep({ role_id: input.role_id, legal_entity_id: input.legal_entity_id })
  ensureNotEmployeeStep({ customer_id: input.customer_id, legal_entity_id: input.legal_entity_id })
  const created = createB2bEmployeesStep(
    transform({ input }, ({ input }) => [
      {
        customer_id: input.customer_id,
        legal_entity_id: input.legal_entity_id,
        role_id: input.role_id,
        position: input.position ?? null,
      },
    ])
  )
  const employee = transform({ created }, ({ created }) => created[0])
  setDefaultMembershipStep(
    transform({ input, employee }, ({ input, employee }) => ({
      customer_id: input.customer_id,
      employee_id: employee.id,
      only_if_none: !input.is_default,
    }))
  )
  recordAuditStep(
    transform({ input, employee }, ({ input, employee }) => [
      {
        action: "employee.added",
        ...input.actor,
        resource_type: "employee",
        resource_id: employee.id,
        legal_entity_id: input.legal_entity_id,
        data: { customer_id: input.customer_id, role_id: input.role_id },
      },
    ])
  )
  emitEventStep({
    eventName: CompanyEvents.EMPLOYEE_CREATED,
    data: transform({ employee }, ({ employee }) => ({ id: employee.id })),
  })
  return new WorkflowResponse(employee)
})
