import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DOCUMENTS_MODULE } from "../../../modules/documents"
import type DocumentsModuleService from "../../../modules/documents/service"
import { NewDocument } from "../utils/request"

/** Numbers and records a document to be generated; compensation deletes it (the number stays used, as in 1C). */
export const createDocumentStep = createStep(
  "documents-create-record",
  async (input: NewDocument, { container }) => {
    const docs = container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE)
    if (input.unique_per_source) {
      const [existing] = await docs.listDocDocuments(
        {
          type: input.type,
          order_id: input.order_id ?? null,
          shipment_id: input.shipment_id ?? null,
        },
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
    })
    return new StepResponse({ document, created: true }, document.id)
  },
  async (id, { container }) => {
    if (id)
      await container.resolve<DocumentsModuleService>(DOCUMENTS_MODULE).deleteDocDocuments([id])
  }
)
