import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../../audit/steps/record-audit"
import { ensureUniqueRequisitesStep } from "../steps/validate"
import {
  createCompanyRowsStep,
  softDeleteCompanyRowsStep,
  updateCompanyRowsStep,
} from "../steps/crud"

export type HoldingInput = { name: string; one_c_id?: string | null; comment?: string | null }
export type LegalEntityInput = {
  name: string
  full_name?: string | null
  inn: string
  kpp?: string | null
  ogrn?: string | null
  legal_address?: string | null
  actual_address?: string | null
  email?: string | null
  phone?: string | null
  one_c_id?: string | null
  holding_id?: string | null
  seller_organization_id?: string | null
  region_code?: string | null
}

type Actor = { actor_type: "user" | "customer" | "system"; actor_id?: string | null }

const createB2bHoldings = createCompanyRowsStep<HoldingInput>("B2bHoldings")
const updateB2bHoldings = updateCompanyRowsStep<{ id: string } & Partial<HoldingInput>>(
  "B2bHoldings"
)
const deleteB2bHoldings = softDeleteCompanyRowsStep("B2bHoldings")
const createB2bLegalEntities = createCompanyRowsStep<LegalEntityInput>("B2bLegalEntities")
const createAssignments = createCompanyRowsStep<{
  user_id: string
  kind: "manager"
  legal_entity_id: string
}>("B2bManagerAssignments")
const updateB2bLegalEntities = updateCompanyRowsStep<
  { id: string } & Partial<LegalEntityInput> & {
      status?: "active" | "blocked"
      blocked_reason?: string | null
    }
>("B2bLegalEntities")

export const createHoldingWorkflow = createWorkflow("b2b-create-holding", (input: HoldingInput) => {
  const created = createB2bHoldings(transform({ input }, ({ input }) => [input]))
  const holding = transform({ created }, ({ created }) => created[0])
  emitEventStep({
    eventName: "company.holding_created",
    data: transform({ holding }, ({ holding }) => ({ id: holding.id })),
  })
  return new WorkflowResponse(holding)
})

export const updateHoldingWorkflow = createWorkflow(
  "b2b-update-holding",
  (input: { id: string } & Partial<HoldingInput>) => {
    const rows = transform({ input }, ({ input }) => [input])
    const updated = updateB2bHoldings(rows)
    emitEventStep({ eventName: "company.holding_updated", data: { id: input.id } })
    return new WorkflowResponse(updated)
  }
)

export const deleteHoldingWorkflow = createWorkflow(
  "b2b-delete-holding",
  (input: { id: string }) => {
    deleteB2bHoldings(transform({ input }, ({ input }) => [input.id]))
    emitEventStep({ eventName: "company.holding_deleted", data: { id: input.id } })
    return new WorkflowResponse({ id: input.id })
  }
)

export const createLegalEntityWorkflow = createWorkflow(
  "b2b-create-legal-entity",
  (input: {
    legal_entity: LegalEntityInput
    actor: Actor
    assign_manager_user_id?: string | null
  }) => {
    ensureUniqueRequisitesStep(
      transform({ input }, ({ input }) => ({
        inn: input.legal_entity.inn,
        kpp: input.legal_entity.kpp ?? null,
      }))
    )
    const rows = transform({ input }, ({ input }) => [input.legal_entity])
    const created = createB2bLegalEntities(rows)
    const le = transform({ created }, ({ created }) => created[0])
    // A (non-executive) manager who creates a company becomes its manager, or they could not see it.
    when({ input }, ({ input }) => !!input.assign_manager_user_id).then(() => {
      createAssignments(
        transform({ input, le }, ({ input, le }) => [
          {
            user_id: input.assign_manager_user_id!,
            kind: "manager" as const,
            legal_entity_id: le.id,
          },
        ])
      )
    })
    recordAuditStep(
      transform({ le, input }, ({ le, input }) => [
        {
          action: "company.created",
          ...input.actor,
          resource_type: "legal_entity",
          resource_id: le.id,
          legal_entity_id: le.id,
          data: { inn: le.inn, kpp: le.kpp },
        },
      ])
    )
    emitEventStep({
      eventName: "company.created",
      data: transform({ le }, ({ le }) => ({ id: le.id })),
    })
    return new WorkflowResponse(le)
  }
)

export const updateLegalEntityWorkflow = createWorkflow(
  "b2b-update-legal-entity",
  (input: {
    id: string
    data: Partial<LegalEntityInput> & {
      status?: "active" | "blocked"
      blocked_reason?: string | null
    }
    actor: Actor
  }) => {
    const rows = transform({ input }, ({ input }) => [{ id: input.id, ...input.data }])
    const updated = updateB2bLegalEntities(rows)
    const statusChanged = transform({ input }, ({ input }) => !!input.data.status)
    when({ statusChanged }, ({ statusChanged }) => statusChanged).then(() => {
      recordAuditStep(
        transform({ input }, ({ input }) => [
          {
            action: input.data.status === "blocked" ? "company.blocked" : "company.unblocked",
            ...input.actor,
            resource_type: "legal_entity",
            resource_id: input.id,
            legal_entity_id: input.id,
            data: { reason: input.data.blocked_reason ?? null },
          },
        ])
      )
    })
    emitEventStep({ eventName: "company.updated", data: { id: input.id } })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
