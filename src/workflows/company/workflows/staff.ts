import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../../audit/steps/record-audit"
import { createCompanyRowsStep, softDeleteCompanyRowsStep } from "../steps/crud"
import { mintImpersonationTokenStep } from "../steps/impersonation"

const createAssignments = createCompanyRowsStep<{
  user_id: string
  kind: "manager" | "assistant" | "executive"
  holding_id?: string | null
  legal_entity_id?: string | null
}>("B2bManagerAssignments")
const deleteAssignments = softDeleteCompanyRowsStep("B2bManagerAssignments")

export type AssignManagerInput = {
  user_id: string
  kind: "manager" | "assistant" | "executive"
  holding_id?: string | null
  legal_entity_id?: string | null
  by_user_id: string
}

export const assignManagerWorkflow = createWorkflow(
  "b2b-assign-manager",
  (input: AssignManagerInput) => {
    const created = createAssignments(
      transform({ input }, ({ input }) => [
        {
          user_id: input.user_id,
          kind: input.kind,
          holding_id: input.holding_id ?? null,
          legal_entity_id: input.legal_entity_id ?? null,
        },
      ])
    )
    const assignment = transform({ created }, ({ created }) => created[0])
    recordAuditStep(
      transform({ input, assignment }, ({ input, assignment }) => [
        {
          action: "manager.assigned",
          actor_type: "user" as const,
          actor_id: input.by_user_id,
          resource_type: "manager_assignment",
          resource_id: assignment.id,
          legal_entity_id: input.legal_entity_id ?? null,
          data: { user_id: input.user_id, kind: input.kind, holding_id: input.holding_id ?? null },
        },
      ])
    )
    emitEventStep({
      eventName: "company.manager_assigned",
      data: transform({ assignment }, ({ assignment }) => ({ id: assignment.id })),
    })
    return new WorkflowResponse(assignment)
  }
)

export const unassignManagerWorkflow = createWorkflow(
  "b2b-unassign-manager",
  (input: { id: string; by_user_id: string }) => {
    deleteAssignments(transform({ input }, ({ input }) => [input.id]))
    recordAuditStep(
      transform({ input }, ({ input }) => [
        {
          action: "manager.unassigned",
          actor_type: "user" as const,
          actor_id: input.by_user_id,
          resource_type: "manager_assignment",
          resource_id: input.id,
        },
      ])
    )
    emitEventStep({ eventName: "company.manager_unassigned", data: { id: input.id } })
    return new WorkflowResponse({ id: input.id })
  }
)

/** "Log in as user": audit first, then a short-lived token for the customer. */
export const impersonateCustomerWorkflow = createWorkflow(
  "b2b-impersonate-customer",
  (input: {
    customer_id: string
    user_id: string
    legal_entity_id: string
    reason?: string | null
    ip?: string | null
  }) => {
    const minted = mintImpersonationTokenStep({
      customer_id: input.customer_id,
      user_id: input.user_id,
    })
    recordAuditStep(
      transform({ input, minted }, ({ input, minted }) => [
        {
          action: "impersonation.started",
          actor_type: "user" as const,
          actor_id: input.user_id,
          impersonator_user_id: input.user_id,
          resource_type: "customer",
          resource_id: input.customer_id,
          legal_entity_id: input.legal_entity_id,
          ip: input.ip ?? null,
          data: {
            impersonation_id: minted.impersonation_id,
            reason: input.reason ?? null,
            expires_at: minted.expires_at,
          },
        },
      ])
    )
    emitEventStep({
      eventName: "employee.impersonated",
      data: { customer_id: input.customer_id, user_id: input.user_id },
    })
    return new WorkflowResponse(minted)
  }
)

/** Records a write made while impersonating (called by the store middleware after the response). */
export const auditImpersonatedWriteWorkflow = createWorkflow(
  "b2b-audit-impersonated-write",
  (input: {
    user_id: string
    customer_id: string
    impersonation_id?: string | null
    method: string
    path: string
    status: number
    legal_entity_id?: string | null
    ip?: string | null
  }) => {
    recordAuditStep(
      transform({ input }, ({ input }) => [
        {
          action: "impersonation.write",
          actor_type: "customer" as const,
          actor_id: input.customer_id,
          impersonator_user_id: input.user_id,
          resource_type: "http",
          resource_id: `${input.method} ${input.path}`,
          legal_entity_id: input.legal_entity_id ?? null,
          ip: input.ip ?? null,
          data: { status: input.status, impersonation_id: input.impersonation_id ?? null },
        },
      ])
    )
    return new WorkflowResponse(true)
  }
)
