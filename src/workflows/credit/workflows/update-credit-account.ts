import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

import { recordAuditStep } from "../../audit/steps/record-audit"

import { refreshCreditStateStep } from "../steps/refresh-credit-state"
import { Actor, CreditAccountInput } from "../utils/accounts"
import { updateCreditAccountsStep } from "../steps/update-credit-accounts"

/** Changes limit, terms or the manual block (audited); announces the resulting state change. */
export const updateCreditAccountWorkflow = createWorkflow(
  "credit-update-account",
  (input: { id: string; data: Partial<CreditAccountInput>; actor: Actor }) => {
    const rows = transform({ input }, ({ input }) => [{ id: input.id, ...input.data }])
    const updated = updateCreditAccountsStep(rows)
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
