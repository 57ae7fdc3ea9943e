import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUDIT_MODULE } from "../../../modules/audit"
import type AuditModuleService from "../../../modules/audit/service"

export type AuditInput = {
  action: string
  actor_type: "user" | "customer" | "system" | "anonymous"
  actor_id?: string | null
  impersonator_user_id?: string | null
  resource_type?: string | null
  resource_id?: string | null
  legal_entity_id?: string | null
  ip?: string | null
  data?: Record<string, unknown> | null
}

/** Appends audit events as part of the workflow that performs the audited action. */
export const recordAuditStep = createStep(
  "b2b-record-audit",
  async (events: AuditInput[], { container }) => {
    const audit = container.resolve<AuditModuleService>(AUDIT_MODULE)
    const created = await audit.createB2bAuditEvents(events)
    return new StepResponse(
      created,
      created.map((e) => e.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length)
      await container.resolve<AuditModuleService>(AUDIT_MODULE).deleteB2bAuditEvents(ids)
  }
)
