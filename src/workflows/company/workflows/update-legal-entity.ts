import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../../audit/steps/record-audit"

import { Actor, LegalEntityInput } from "../utils/legal-entities"
import { updateB2bLegalEntitiesStep } from "../steps/update-b2b-legal-entities"
import { CompanyEvents } from "../../../modules/company"

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
    const updated = updateB2bLegalEntitiesStep(rows)
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
    emitEventStep({ eventName: CompanyEvents.LEGAL_ENTITY_UPDATED, data: { id: input.id } })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
