import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

import { recordAuditStep } from "../../audit/steps/record-audit"

import { refreshCreditStateStep } from "../steps/refresh-credit-state"
import { Actor, CreditAccountInput } from "../utils/accounts"
import { createCreditAccountsStep } from "../steps/create-credit-accounts"

/** Opens a credit account for a counterparty or a holding (audited). */
export const createCreditAccountWorkflow = createWorkflow(
  "credit-create-account",
  (input: { data: CreditAccountInput; actor: Actor }) => {
    const rows = transform({ input }, ({ input }) => [
      { ...input.data, currency_code: (input.data.currency_code ?? "rub").toLowerCase() },
    ])
    const created = createCreditAccountsStep(rows)
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
