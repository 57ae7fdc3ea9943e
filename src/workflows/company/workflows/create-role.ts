import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { recordAuditStep } from "../../audit/steps/record-audit"

import type { Actor } from "../utils/employees"
import { createB2bRolesStep } from "../steps/create-b2b-roles"
import { CompanyEvents } from "../../../modules/company"

export const createRoleWorkflow = createWorkflow(
  "b2b-create-role",
  (input: {
    legal_entity_id: string
    code: string
    name: string
    permissions: string[]
    actor: Actor
  }) => {
    const created = createB2bRolesStep(
      transform({ input }, ({ input }) => [
        {
          code: input.code,
          name: input.name,
          permissions: input.permissions,
          legal_entity_id: input.legal_entity_id,
          is_builtin: false as const,
        },
      ])
    )
    const role = transform({ created }, ({ created }) => created[0])
    recordAuditStep(
      transform({ input, role }, ({ input, role }) => [
        {
          action: "role.created",
          ...input.actor,
          resource_type: "role",
          resource_id: role.id,
          legal_entity_id: input.legal_entity_id,
          data: { permissions: input.permissions },
        },
      ])
    )
    emitEventStep({
      eventName: CompanyEvents.ROLE_CREATED,
      data: transform({ role }, ({ role }) => ({ id: role.id })),
    })
    return new WorkflowResponse(role)
  }
)
