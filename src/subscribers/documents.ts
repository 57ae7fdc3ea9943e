import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { generateDocumentWorkflow } from "../workflows/documents/workflows/generate-document"
import { markDocumentFailedWorkflow } from "../workflows/documents/workflows/mark-document-failed"
import { requestDocumentWorkflow } from "../workflows/documents/workflows/request-document"
import { CompanyEvents } from "../modules/company"
import { DocumentsEvents } from "../modules/documents"

/**
 * Documents off the request path: an invoice for every company order once it is linked to its
 * counterparty (the link's event carries the counterparty), a UPD for every shipment, and the
 * rendering of whatever was requested. A render that fails after the step's retries leaves the
 * document `failed` with its reason (regenerate from the admin).
 */
export default async function documents({
  event,
  container,
}: SubscriberArgs<{ id: string; legal_entity_id?: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (event.name === DocumentsEvents.DOCUMENT_REQUESTED) {
    try {
      await generateDocumentWorkflow(container).run({ input: { document_id: event.data.id } })
    } catch (e) {
      await markDocumentFailedWorkflow(container).run({
        input: { document_id: event.data.id, error: (e as Error).message ?? String(e) },
      })
    }
    return
  }
  if (event.name === CompanyEvents.LEGAL_ENTITY_ORDER_LINKED) {
    const le = event.data.legal_entity_id
    if (le)
      await requestDocumentWorkflow(container).run({
        input: {
          type: "invoice",
          legal_entity_id: le,
          order_id: event.data.id,
          unique_per_source: true,
        },
      })
    return
  }
  if (event.name === "shipment.created") {
    const { data } = await query.graph({
      entity: "fulfillment",
      fields: ["id", "order.id", "order.b2b_legal_entity.id"],
      filters: { id: event.data.id },
    })
    const order = data[0]?.order
    const le = order?.b2b_legal_entity?.id
    if (le) {
      await requestDocumentWorkflow(container).run({
        input: {
          type: "upd",
          legal_entity_id: le,
          order_id: order.id,
          shipment_id: event.data.id,
          unique_per_source: true,
        },
      })
    }
  }
}

export const config: SubscriberConfig = {
  event: [
    CompanyEvents.LEGAL_ENTITY_ORDER_LINKED,
    "shipment.created",
    DocumentsEvents.DOCUMENT_REQUESTED,
  ],
}
