import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CREDIT_MODULE } from "../../../modules/credit"
import { recordAuditStep } from "../../audit/steps/record-audit"
import { createRowsStep, updateRowsStep } from "../../common/steps/crud"
import { refreshCreditStateStep } from "../steps/credit-state"

type Actor = { actor_type: "user"; actor_id: string }

export type CreditAccountInput = {
  legal_entity_id?: string | null
  holding_id?: string | null
  currency_code?: string
  credit_limit: string
  payment_terms_days?: number
  overdue_days_threshold?: number
  overdue_tolerance?: string
  block_on_overdue?: boolean
  is_blocked?: boolean
  blocked_reason?: string | null
  agreement_number?: string | null
}

const createAccounts = createRowsStep<CreditAccountInput & Record<string, unknown>>(
  CREDIT_MODULE,
  "CreditAccounts"
)
const updateAccounts = updateRowsStep<
  { id: string } & Partial<CreditAccountInput> & Record<string, unknown>
>(CREDIT_MODULE, "CreditAccounts")

/** Opens a credit account for a counterparty or a holding (audited). */
export const createCreditAccountWorkflow = createWorkflow(
  "credit-create-account",
  (input: { data: CreditAccountInput; actor: Actor }) => {
    const rows = transform({ input }, ({ input }) => [
      { ...input.data, currency_code: (input.data.currency_code ?? "rub").toLowerCase() },
    ])
    const created = createAccounts(rows)
    const ids = transform({ created }, ({ created }) => created.map((c) => c.id))
    refreshCreditStateStep(ids)
    recordAuditStep(
      transform({ input, created }, ({ input, created }) => [
        {
          action: "credit.account_created",
          ...input.actor,
          resource_type: "credit_account",
          resource_id: created[0].id,
          legal_entity_id: input.data.legal_entity_id ?? null,
          data: { ...input.data } as Record<string, unknown>,
        },
      ])
    )
    return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
  }
)

/** Changes limit, terms or the manual block (audited); announces the resulting state change. */
export const updateCreditAccountWorkflow = createWorkflow(
  "credit-update-account",
  (input: { id: string; data: Partial<CreditAccountInput>; actor: Actor }) => {
    const rows = transform({ input }, ({ input }) => [{ id: input.id, ...input.data }])
    const updated = updateAccounts(rows)
    refreshCreditStateStep(transform({ input }, ({ input }) => [input.id]))
    recordAuditStep(
      transform({ input, updated }, ({ input, updated }) => [
        {
          action: "credit.account_updated",
          ...input.actor,
          resource_type: "credit_account",
          resource_id: input.id,
          legal_entity_id: (updated[0]?.legal_entity_id as string | null) ?? null,
          data: { ...input.data } as Record<string, unknown>,
        },
      ])
    )
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
