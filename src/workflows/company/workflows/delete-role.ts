import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { recordAuditStep } from "../../audit/steps/record-audit"

import type { Actor } from "../utils/employees"
import { loadCustomRoleStep } from "../steps/load-custom-role"
import { softDeleteB2bRolesStep } from "../steps/soft-delete-b2b-roles"
import { CompanyEvents } from "../../../modules/company"

export const deleteRoleWorkflow = createWorkflow(
  "b2b-delete-role",
  (input: { id: string; legal_entity_id: string; actor: Actor }) => {
    loadCustomRoleStep({ id: input.id, legal_entity_id: input.legal_entity_id, deleting: true })
    softDeleteB2bRolesStep(transform({ input }, ({ input }) => [input.id]))
    recordAuditStep(
      transform({ input }, ({ input }) => [
        {
          action: "role.deleted",
          ...input.actor,
          resource_type: "role",
          resource_id: input.id,
          legal_entity_id: input.legal_entity_id,
        },
      ])
    )
    emitEventStep({ eventName: CompanyEvents.ROLE_DELETED, data: { id: input.id } })
    return new WorkflowResponse({ id: input.id })
  }
)
