import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../../audit/steps/record-audit"

import { guardLastManagerStep } from "../steps/guard-last-manager"
import { setDefaultMembershipStep } from "../steps/set-default-membership"
import { validateRoleForLegalEntityStep } from "../steps/validate-role-for-legal-entity"
import { Actor } from "../utils/employees"
import { updateB2bEmployeesStep } from "../steps/update-b2b-employees"
import { CompanyEvents } from "../../../modules/company"

export type UpdateEmployeeInput = {
  id: string
  role_id?: string
  status?: "active" | "disabled"
  position?: string | null
  is_default?: boolean
  actor: Actor
}

/** Changes role, status, position or default flag, keeping at least one user manager per company. */
export const updateEmployeeWorkflow = createWorkflow(
  "b2b-update-employee",
  (input: UpdateEmployeeInput) => {
    const before = guardLastManagerStep(
      transform({ input }, ({ input }) => ({
        employee_id: input.id,
        next_role_id: input.role_id ?? null,
        next_status: input.status ?? null,
      }))
    )
    when({ input }, ({ input }) => !!input.role_id).then(() => {
      validateRoleForLegalEntityStep(
        transform({ input, before }, ({ input, before }) => ({
          role_id: input.role_id!,
          legal_entity_id: before.legal_entity.id,
        }))
      )
    })
    const updated = updateB2bEmployeesStep(
      transform({ input }, ({ input }) => {
        const row: {
          id: string
          role_id?: string
          status?: "active" | "disabled"
          position?: string | null
        } = { id: input.id }
        if (input.role_id) row.role_id = input.role_id
        if (input.status) row.status = input.status
        if (input.position !== undefined) row.position = input.position
        return [row]
      })
    )
    when({ input }, ({ input }) => input.is_default === true).then(() => {
      setDefaultMembershipStep(
        transform({ before }, ({ before }) => ({
          customer_id: before.customer_id,
          employee_id: before.id,
        }))
      )
    })
    const audit = transform({ input, before }, ({ input, before }) => {
      const events: any[] = []
      const base = {
        ...input.actor,
        resource_type: "employee",
        resource_id: before.id,
        legal_entity_id: before.legal_entity.id,
      }
      if (input.role_id && input.role_id !== before.role_id) {
        events.push({
          action: "employee.role_changed",
          ...base,
          data: { from: before.role_id, to: input.role_id },
        })
      }
      if (input.status && input.status !== before.status) {
        events.push({
          action: input.status === "disabled" ? "employee.disabled" : "employee.enabled",
          ...base,
          data: null,
        })
      }
      return events
    })
    when({ audit }, ({ audit }) => audit.length > 0).then(() => {
      recordAuditStep(audit)
    })
    emitEventStep({ eventName: CompanyEvents.EMPLOYEE_UPDATED, data: { id: input.id } })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
