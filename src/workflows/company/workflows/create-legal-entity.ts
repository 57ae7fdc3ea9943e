import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "../../audit/steps/record-audit"
import { ensureUniqueRequisitesStep } from "../steps/ensure-unique-requisites"

import { Actor, LegalEntityInput } from "../utils/legal-entities"
import { createB2bManagerAssignmentsStep } from "../steps/create-b2b-manager-assignments"
import { createB2bLegalEntitiesStep } from "../steps/create-b2b-legal-entities"
import { CompanyEvents } from "../../../modules/company"

export const createLegalEntityWorkflow = createWorkflow(
  "b2b-create-legal-entity",
  (input: {
    legal_entity: LegalEntityInput
    actor: Actor
    assign_manager_user_id?: string | null
  }) => {
    ensureUniqueRequisitesStep(
      transform({ input }, ({ input }) => ({
        inn: input.legal_entity.inn,
        kpp: input.legal_entity.kpp ?? null,
      }))
    )
    const rows = transform({ input }, ({ input }) => [input.legal_entity])
    const created = createB2bLegalEntitiesStep(rows)
    const le = transform({ created }, ({ created }) => created[0])
    // A (non-executive) manager who creates a company becomes its manager, or they could not see it.
    when({ input }, ({ input }) => !!input.assign_manager_user_id).then(() => {
      createB2bManagerAssignmentsStep(
        transform({ input, le }, ({ input, le }) => [
          {
            user_id: input.assign_manager_user_id!,
            kind: "manager" as const,
            legal_entity_id: le.id,
          },
        ])
      )
    })
    recordAuditStep(
      transform({ le, input }, ({ le, input }) => [
        {
          action: "company.created",
          ...input.actor,
          resource_type: "legal_entity",
          resource_id: le.id,
          legal_entity_id: le.id,
          data: { inn: le.inn, kpp: le.kpp },
        },
      ])
    )
    emitEventStep({
      eventName: CompanyEvents.LEGAL_ENTITY_CREATED,
      data: transform({ le }, ({ le }) => ({ id: le.id })),
    })
    return new WorkflowResponse(le)
  }
)
