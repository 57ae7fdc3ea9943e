import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

import { recordAuditStep } from "../../audit/steps/record-audit"

import { createCreditOverridesStep } from "../steps/create-credit-overrides"

/** A manager lets one order through the credit checks (the next checkout of the account uses it); audited. */
export const grantCreditOverrideWorkflow = createWorkflow(
  "credit-grant-override",
  (input: {
    account_id: string
    legal_entity_id?: string | null
    reason: string
    max_amount?: string | null
    expires_at: string
    actor_id: string
  }) => {
    const rows = transform({ input }, ({ input }) => [
      {
        account_id: input.account_id,
        legal_entity_id: input.legal_entity_id ?? null,
        reason: input.reason,
        max_amount: input.max_amount ?? null,
        expires_at: new Date(input.expires_at),
        granted_by: input.actor_id,
      },
    ])
    const created = createCreditOverridesStep(rows)
    recordAuditStep(
      transform({ input, created }, ({ input, created }) => [
        {
          action: "credit.override_granted",
          actor_type: "user" as const,
          actor_id: input.actor_id,
          resource_type: "credit_override",
          resource_id: created[0].id,
          legal_entity_id: input.legal_entity_id ?? null,
          data: {
            account_id: input.account_id,
            reason: input.reason,
            max_amount: input.max_amount ?? null,
            expires_at: input.expires_at,
          },
        },
      ])
    )
    return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
  }
)
