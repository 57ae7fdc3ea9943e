import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../../audit/steps/record-audit"

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
