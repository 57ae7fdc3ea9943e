import {
  emitEventStep,
  sendNotificationsStep,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"
import { portalSettings } from "../../../lib/portal-settings"
import { recordAuditStep } from "../../audit/steps/record-audit"
import { createCompanyRowsStep, updateCompanyRowsStep } from "../steps/crud"
import type { Actor } from "./employees"
import { updateLegalEntityWorkflow } from "./legal-entities"

const createChanges = createCompanyRowsStep<Record<string, unknown>>("B2bRequisitesChanges")
const updateChanges = updateCompanyRowsStep<{ id: string } & Record<string, unknown>>(
  "B2bRequisitesChanges"
)

export type RequisitesChangeInput = {
  legal_entity_id: string
  customer_id: string
  changes: Record<string, string>
  document: { filename: string; mimeType: string; content_base64: string }
  actor: Actor
}

/** A buyer asks to change its requisites with a supporting document; the manager is notified. */
export const createRequisitesChangeWorkflow = createWorkflow(
  "b2b-create-requisites-change",
  (input: RequisitesChangeInput) => {
    const files = uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        files: [
          {
            filename: input.document.filename,
            mimeType: input.document.mimeType,
            content: input.document.content_base64,
            access: "private" as const,
          },
        ],
      })),
    })
    const created = createChanges(
      transform({ input, files }, ({ input, files }) => [
        {
          legal_entity_id: input.legal_entity_id,
          requested_by_customer_id: input.customer_id,
          changes: input.changes,
          document_file_id: files[0].id,
          document_name: input.document.filename,
          document_url: files[0].url,
        },
      ])
    )
    const change = transform({ created }, ({ created }) => created[0])
    recordAuditStep(
      transform({ input, change }, ({ input, change }) => [
        {
          action: "requisites.change_requested",
          ...input.actor,
          resource_type: "requisites_change",
          resource_id: change.id,
          legal_entity_id: input.legal_entity_id,
          data: { fields: Object.keys(input.changes) },
        },
      ])
    )
    sendNotificationsStep(
      transform({ input, change }, ({ input, change }) => [
        {
          to: portalSettings().managerNotificationEmail,
          channel: "email",
          template: "b2b-requisites-change",
          data: {
            legal_entity_id: input.legal_entity_id,
            request_id: change.id,
            fields: Object.keys(input.changes),
          },
        },
      ])
    )
    emitEventStep({
      eventName: "company.requisites_change_requested",
      data: transform({ change }, ({ change }) => ({ id: change.id })),
    })
    return new WorkflowResponse(change)
  }
)

const loadPendingChangeStep = createStep(
  "b2b-load-pending-requisites-change",
  async (input: { id: string }, { container }) => {
    const [row] = await container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .listB2bRequisitesChanges({ id: input.id })
    if (!row)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Requisites change with id ${input.id} was not found`
      )
    if (row.status !== "pending")
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This request was already ${row.status}`)
    return new StepResponse(row)
  }
)

/** The manager approves: the legal entity's requisites are updated and the requester is told. */
export const approveRequisitesChangeWorkflow = createWorkflow(
  "b2b-approve-requisites-change",
  (input: { id: string; user_id: string; reason?: string | null }) => {
    const change = loadPendingChangeStep({ id: input.id })
    updateLegalEntityWorkflow.runAsStep({
      input: transform({ change, input }, ({ change, input }) => ({
        id: change.legal_entity_id,
        data: change.changes as Record<string, string>,
        actor: { actor_type: "user" as const, actor_id: input.user_id },
      })),
    })
    updateChanges(
      transform({ input }, ({ input }) => [
        {
          id: input.id,
          status: "approved",
          decided_by_user_id: input.user_id,
          decided_at: new Date(),
          decision_reason: input.reason ?? null,
        },
      ])
    )
    recordAuditStep(
      transform({ input, change }, ({ input, change }) => [
        {
          action: "requisites.change_approved",
          actor_type: "user" as const,
          actor_id: input.user_id,
          resource_type: "requisites_change",
          resource_id: input.id,
          legal_entity_id: change.legal_entity_id,
          data: { changes: change.changes },
        },
      ])
    )
    emitEventStep({ eventName: "company.requisites_change_approved", data: { id: input.id } })
    return new WorkflowResponse({ id: input.id, status: "approved" })
  }
)

export const rejectRequisitesChangeWorkflow = createWorkflow(
  "b2b-reject-requisites-change",
  (input: { id: string; user_id: string; reason?: string | null }) => {
    const change = loadPendingChangeStep({ id: input.id })
    updateChanges(
      transform({ input }, ({ input }) => [
        {
          id: input.id,
          status: "rejected",
          decided_by_user_id: input.user_id,
          decided_at: new Date(),
          decision_reason: input.reason ?? null,
        },
      ])
    )
    recordAuditStep(
      transform({ input, change }, ({ input, change }) => [
        {
          action: "requisites.change_rejected",
          actor_type: "user" as const,
          actor_id: input.user_id,
          resource_type: "requisites_change",
          resource_id: input.id,
          legal_entity_id: change.legal_entity_id,
          data: { reason: input.reason ?? null },
        },
      ])
    )
    emitEventStep({ eventName: "company.requisites_change_rejected", data: { id: input.id } })
    return new WorkflowResponse({ id: input.id, status: "rejected" })
  }
)
