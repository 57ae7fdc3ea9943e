import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { recordAuditStep } from "../../audit/steps/record-audit"

import type { Actor } from "../utils/employees"
import { loadCustomRoleStep } from "../steps/load-custom-role"
import { updateB2bRolesStep } from "../steps/update-b2b-roles"
import { CompanyEvents } from "../../../modules/company"

export const updateRoleWorkflow = createWorkflow(
  "b2b-update-role",
  (input: {
    id: string
    legal_entity_id: string
    name?: string
    permissions?: string[]
    actor: Actor
  }) => {
    loadCustomRoleStep({ id: input.id, legal_entity_id: input.legal_entity_id })
    const updated = updateB2bRolesStep(
      transform({ input }, ({ input }) => {
        const row: { id: string; name?: string; permissions?: string[] } = { id: input.id }
        if (input.name) row.name = input.name
        if (input.permissions) row.permissions = input.permissions
        return [row]
      })
    )
    recordAuditStep(
      transform({ input }, ({ input }) => [
        {
          action: "role.updated",
          ...input.actor,
          resource_type: "role",
          resource_id: input.id,
          legal_entity_id: input.legal_entity_id,
          data: { permissions: input.permissions ?? null },
        },
      ])
    )
    emitEventStep({ eventName: CompanyEvents.ROLE_UPDATED, data: { id: input.id } })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
