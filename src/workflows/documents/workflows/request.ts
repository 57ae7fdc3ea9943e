import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { portalSettings } from "../../../lib/portal-settings"
import { DOCUMENTS_MODULE } from "../../../modules/documents"
import type DocumentsModuleService from "../../../modules/documents/service"
import { recordAuditStep } from "../../audit/steps/record-audit"

export type NewDocument = {
  type: "invoice" | "upd" | "reconciliation_act"
  legal_entity_id: string
  order_id?: string | null
  shipment_id?: string | null
  period_from?: string | null
  period_to?: string | null
  requested_by?: string | null
  /** One document per (type, order, shipment): a repeated request returns the existing one. */
  unique_per_source?: boolean
}

/** Numbers and records a document to be generated; compensation deletes it (the number stays used, as in 1C). */
const createDocumentStep = createStep(
  "documents-create-record",
  async (input: NewDocument, { container }) => {
    const docs = container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE)
    if (input.unique_per_source) {
      const [existing] = await docs.listDocDocuments(
        {
          type: input.type,
          order_id: input.order_id ?? null,
          shipment_id: input.shipment_id ?? null,
        } as any,
        { take: 1 }
      )
      if (existing) return new StepResponse({ document: existing, created: false }, null)
    }
    const now = new Date()
    const number = await docs.nextNumber(input.type, now.getUTCFullYear())
    const document = await docs.createDocDocuments({
      type: input.type,
      number,
      date: now,
      legal_entity_id: input.legal_entity_id,
      order_id: input.order_id ?? null,
      shipment_id: input.shipment_id ?? null,
      period_from: input.period_from ? new Date(input.period_from) : null,
      period_to: input.period_to ? new Date(input.period_to) : null,
      requested_by: input.requested_by ?? null,
      source: "portal",
      status: "pending",
    } as any)
    return new StepResponse({ document, created: true }, document.id)
  },
  async (id, { container }) => {
    if (id)
      await container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE).deleteDocDocuments([id])
  }
)

/**
 * Records a document and asks for its generation (`document.requested`, handled off the request
 * path by a subscriber; on BullMQ when Redis is configured).
 */
export const requestDocumentWorkflow = createWorkflow("documents-request", (input: NewDocument) => {
  const { document, created } = createDocumentStep(input)
  emitEventStep({
    eventName: "document.requested",
    data: transform({ document, created }, ({ document, created }) =>
      created ? { id: document.id } : []
    ),
  })
  return new WorkflowResponse(document)
})

/**
 * The buyer asks for a reconciliation act: the act is generated and the assigned manager is told,
 * so it can also be checked and signed on paper.
 */
export const requestReconciliationActWorkflow = createWorkflow(
  "documents-request-reconciliation-act",
  (input: {
    legal_entity_id: string
    period_from: string
    period_to: string
    customer_id: string
    manager_emails: string[]
  }) => {
    const { document } = createDocumentStep(
      transform({ input }, ({ input }) => {
        if (new Date(input.period_from) > new Date(input.period_to))
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            "period_from: must not be after period_to"
          )
        return {
          type: "reconciliation_act" as const,
          legal_entity_id: input.legal_entity_id,
          period_from: input.period_from,
          period_to: input.period_to,
          requested_by: input.customer_id,
        }
      })
    )
    emitEventStep({
      eventName: "document.requested",
      data: transform({ document }, ({ document }) => ({ id: document.id })),
    })
    sendNotificationsStep(
      transform({ input, document }, ({ input, document }) =>
        (input.manager_emails.length
          ? input.manager_emails
          : [portalSettings().managerNotificationEmail]
        ).map((to) => ({
          to,
          channel: "email",
          template: "b2b-reconciliation-act-requested",
          data: {
            document_id: document.id,
            number: document.number,
            legal_entity_id: input.legal_entity_id,
            period_from: input.period_from,
            period_to: input.period_to,
          },
        }))
      )
    )
    return new WorkflowResponse(document)
  }
)

/** The buyer asks for paper originals of a document (the manager is told; audited). */
export const requestOriginalWorkflow = createWorkflow(
  "documents-request-original",
  (input: {
    document_id: string
    customer_id: string
    legal_entity_id: string
    manager_emails: string[]
  }) => {
    const marked = createStep(
      "documents-mark-original-requested",
      async (i: { document_id: string }, { container }) => {
        const docs = container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE)
        const before = await docs.retrieveDocDocument(i.document_id)
        const after = await docs.updateDocDocuments({
          id: i.document_id,
          original_requested: true,
          original_requested_at: new Date(),
        })
        return new StepResponse(after, {
          id: before.id,
          original_requested: before.original_requested,
          original_requested_at: before.original_requested_at,
        })
      },
      async (prev, { container }) => {
        if (prev)
          await container
            .resolve<DocumentsModuleService>(DOCUMENTS_MODULE)
            .updateDocDocuments(prev as any)
      }
    )(input)
    sendNotificationsStep(
      transform({ input, marked }, ({ input, marked }) =>
        (input.manager_emails.length
          ? input.manager_emails
          : [portalSettings().managerNotificationEmail]
        ).map((to) => ({
          to,
          channel: "email",
          template: "b2b-document-original-requested",
          data: { document_id: input.document_id, number: marked.number, type: marked.type },
        }))
      )
    )
    recordAuditStep(
      transform({ input }, ({ input }) => [
        {
          action: "document.original_requested",
          actor_type: "customer" as const,
          actor_id: input.customer_id,
          resource_type: "document",
          resource_id: input.document_id,
          legal_entity_id: input.legal_entity_id,
        },
      ])
    )
    return new WorkflowResponse(marked)
  }
)
