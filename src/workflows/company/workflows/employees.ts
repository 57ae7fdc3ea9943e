import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../../audit/steps/record-audit"
import {
  createCompanyRowsStep,
  softDeleteCompanyRowsStep,
  updateCompanyRowsStep,
} from "../steps/crud"
import {
  ensureNotEmployeeStep,
  guardLastManagerStep,
  setDefaultMembershipStep,
} from "../steps/employees"
import { validateLegalEntityStep, validateRoleForLegalEntityStep } from "../steps/validate"

export type Actor = {
  actor_type: "user" | "customer" | "system"
  actor_id?: string | null
  impersonator_user_id?: string | null
}

const createB2bEmployees = createCompanyRowsStep<{
  customer_id: string
  legal_entity_id: string
  role_id: string
  position?: string | null
}>("B2bEmployees")
const updateB2bEmployees = updateCompanyRowsStep<{
  id: string
  role_id?: string
  status?: "active" | "disabled"
  position?: string | null
}>("B2bEmployees")
const deleteB2bEmployees = softDeleteCompanyRowsStep("B2bEmployees")

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
  const created = createB2bEmployees(
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
    eventName: "employee.created",
    data: transform({ employee }, ({ employee }) => ({ id: employee.id })),
  })
  return new WorkflowResponse(employee)
})

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
    const updated = updateB2bEmployees(
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
    emitEventStep({ eventName: "employee.updated", data: { id: input.id } })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)

/** Removes a person from a legal entity (soft delete), keeping at least one user manager. */
export const removeEmployeeWorkflow = createWorkflow(
  "b2b-remove-employee",
  (input: { id: string; actor: Actor }) => {
    const before = guardLastManagerStep(
      transform({ input }, ({ input }) => ({ employee_id: input.id, removing: true }))
    )
    deleteB2bEmployees(transform({ input }, ({ input }) => [input.id]))
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
    emitEventStep({ eventName: "employee.deleted", data: { id: input.id } })
    return new WorkflowResponse({ id: input.id })
  }
)
