import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../../audit/steps/record-audit"
import { mintImpersonationTokenStep } from "../steps/mint-impersonation-token"
import { CompanyEvents } from "../../../modules/company"

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
      eventName: CompanyEvents.EMPLOYEE_IMPERSONATED,
      data: { customer_id: input.customer_id, user_id: input.user_id },
    })
    return new WorkflowResponse(minted)
  }
)
