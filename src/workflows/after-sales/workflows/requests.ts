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
import { portalSettings } from "../../../lib/portal-settings"
import type { RequestStatus } from "../../../modules/after-sales"
import { AFTER_SALES_MODULE } from "../../../modules/after-sales"
import { createRowsStep, updateRowsStep } from "../../common/steps/crud"
import { requestDocumentWorkflow } from "../../documents/workflows/request"
import {
  loadOrderRequestStep,
  type NewRequestInput,
  prepareOrderRequestStep,
} from "../steps/requests"

const createRequests = createRowsStep<Record<string, unknown>>(
  AFTER_SALES_MODULE,
  "B2bOrderRequests"
)
const updateRequests = updateRowsStep<{ id: string } & Record<string, unknown>>(
  AFTER_SALES_MODULE,
  "B2bOrderRequests"
)
const createMessages = createRowsStep<{
  request_id: string
  author_type: "buyer" | "manager"
  author_id: string | null
  text: string
}>(AFTER_SALES_MODULE, "B2bOrderRequestMessages")

const managersOrDefault = (emails: string[]) =>
  emails.length ? emails : [portalSettings().managerNotificationEmail]

/** A buyer files a complaint, feedback, return or document request about an order; managers are told. */
export const createOrderRequestWorkflow = createWorkflow(
  "after-sales-create-request",
  (input: NewRequestInput & { manager_emails: string[] }) => {
    const row = prepareOrderRequestStep(input)
    const created = createRequests(transform({ row }, ({ row }) => [row]))
    const request = transform({ created }, ({ created }) => created[0])
    sendNotificationsStep(
      transform({ input, request }, ({ input, request }) =>
        managersOrDefault(input.manager_emails).map((to) => ({
          to,
          channel: "email",
          template: "b2b-order-request-created",
          data: {
            request_id: request.id,
            type: input.type,
            order_id: input.order_id,
            legal_entity_id: input.legal_entity_id,
            subject: request.subject,
          },
        }))
      )
    )
    emitEventStep({
      eventName: "after_sales.request_created",
      data: transform({ request }, ({ request }) => ({ id: request.id })),
    })
    return new WorkflowResponse(request)
  }
)

/** A message in a request's conversation; the other side is e-mailed. */
export const addOrderRequestMessageWorkflow = createWorkflow(
  "after-sales-add-message",
  (input: {
    request_id: string
    author_type: "buyer" | "manager"
    author_id: string
    text: string
    manager_emails?: string[]
  }) => {
    const req = loadOrderRequestStep({ id: input.request_id })
    const created = createMessages(
      transform({ input }, ({ input }) => [
        {
          request_id: input.request_id,
          author_type: input.author_type,
          author_id: input.author_id,
          text: input.text.trim(),
        },
      ])
    )
    sendNotificationsStep(
      transform({ input, req }, ({ input, req }) => {
        const to =
          input.author_type === "buyer"
            ? managersOrDefault(input.manager_emails ?? [])
            : req.customer_email
              ? [req.customer_email]
              : []
        return to.map((email) => ({
          to: email,
          channel: "email",
          template: "b2b-order-request-message",
          data: { request_id: req.id, order_id: req.order_id, text: input.text },
        }))
      })
    )
    return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
  }
)

/** The author withdraws an open request. */
export const cancelOrderRequestWorkflow = createWorkflow(
  "after-sales-cancel-request",
  (input: { id: string; customer_id: string }) => {
    loadOrderRequestStep({
      id: input.id,
      customer_id: input.customer_id,
      only_open: true,
      status: "canceled" as RequestStatus,
    })
    const updated = updateRequests(
      transform({ input }, ({ input }) => [{ id: input.id, status: "canceled" }])
    )
    emitEventStep({ eventName: "after_sales.request_updated", data: { id: input.id } }).config({
      name: "after-sales-cancel-event",
    })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)

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
      const return_id = transform({ change }, ({ change }) => (change as any).return_id as string)
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

    const updated = updateRequests(
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
              ? { document_id: (invoice as any).id }
              : {}),
        },
      ])
    )
    when("after-sales-reply-message", { input }, ({ input }) => !!input.reply?.trim()).then(() => {
      createMessages(
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
    emitEventStep({ eventName: "after_sales.request_updated", data: { id: input.id } })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
