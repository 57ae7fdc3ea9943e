import {
  beginReturnOrderWorkflow,
  confirmReturnRequestWorkflow,
  emitEventStep,
  requestItemReturnWorkflow,
  sendNotificationsStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { RequestStatus } from "../../../modules/after-sales"
import { requestDocumentWorkflow } from "../../documents/workflows/request-document"
import { loadOrderRequestStep } from "../steps/load-order-request"
import { updateB2bOrderRequestsStep } from "../steps/update-b2b-order-requests"
import { createB2bOrderRequestMessagesStep } from "../steps/create-b2b-order-request-messages"
import { AfterSalesEvents } from "../../../modules/after-sales"

export type DecideInput = {
  id: string
  status: RequestStatus
  reply?: string | null
  document_id?: string | null
  user_id: string
}

/**
 * The manager moves a request on (in progress, approved, rejected, resolved) with an optional reply.
 * Approving a return request creates a Medusa return of its items with their reasons (requested and
 * confirmed, to be received at the warehouse); approving an invoice request attaches the order's
 * invoice (generated if missing). The buyer is e-mailed.
 */
export const decideOrderRequestWorkflow = createWorkflow(
  "after-sales-decide-request",
  (input: DecideInput) => {
    const req = loadOrderRequestStep({
      id: input.id,
      status: input.status,
      document_id: input.document_id,
    })

    const returnId = when(
      "after-sales-approve-return",
      { input, req },
      ({ input, req }) => input.status === "approved" && req.type === "return"
    ).then(() => {
      const change = beginReturnOrderWorkflow.runAsStep({
        input: transform({ input, req }, ({ input, req }) => ({
          order_id: req.order_id,
          created_by: input.user_id,
          description: `B2B request ${req.id}`,
        })),
      })
      const return_id = transform({ change }, ({ change }) => change.return_id as string)
      requestItemReturnWorkflow.runAsStep({
        input: transform({ req, return_id }, ({ req, return_id }) => ({
          return_id,
          items: (req.items ?? []).map((i) => ({
            id: i.order_item_id,
            quantity: i.quantity,
            reason_id: i.reason_id,
            internal_note: i.note ?? undefined,
          })),
        })),
      })
      confirmReturnRequestWorkflow.runAsStep({
        input: transform({ input, return_id }, ({ input, return_id }) => ({
          return_id,
          confirmed_by: input.user_id,
        })),
      })
      return return_id
    })

    const invoice = when(
      "after-sales-approve-invoice",
      { input, req },
      ({ input, req }) =>
        input.status === "approved" &&
        req.type === "document" &&
        req.document_type === "invoice" &&
        !input.document_id
    ).then(() =>
      requestDocumentWorkflow.runAsStep({
        input: transform({ req }, ({ req }) => ({
          type: "invoice" as const,
          legal_entity_id: req.legal_entity_id!,
          order_id: req.order_id,
          requested_by: req.customer_id,
          unique_per_source: true,
        })),
      })
    )

    const updated = updateB2bOrderRequestsStep(
      transform({ input, returnId, invoice }, ({ input, returnId, invoice }) => [
        {
          id: input.id,
          status: input.status,
          decided_by: input.user_id,
          decided_at: new Date(),
          ...(input.reply?.trim() ? { reply: input.reply.trim() } : {}),
          ...(returnId ? { return_id: returnId } : {}),
          ...(input.document_id
            ? { document_id: input.document_id }
            : invoice
              ? { document_id: invoice.id }
              : {}),
        },
      ])
    )
    when("after-sales-reply-message", { input }, ({ input }) => !!input.reply?.trim()).then(() => {
      createB2bOrderRequestMessagesStep(
        transform({ input }, ({ input }) => [
          {
            request_id: input.id,
            author_type: "manager" as const,
            author_id: input.user_id,
            text: input.reply!.trim(),
          },
        ])
      )
    })
    sendNotificationsStep(
      transform({ input, req }, ({ input, req }) =>
        req.customer_email
          ? [
              {
                to: req.customer_email,
                channel: "email",
                template: "b2b-order-request-status",
                data: {
                  request_id: req.id,
                  order_id: req.order_id,
                  type: req.type,
                  status: input.status,
                  reply: input.reply ?? null,
                },
              },
            ]
          : []
      )
    )
    emitEventStep({ eventName: AfterSalesEvents.REQUEST_UPDATED, data: { id: input.id } })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
