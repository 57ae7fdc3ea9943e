import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrderRequestStep } from "../steps/load-order-request"
import { managersOrDefault } from "../utils/requests"
import { createB2bOrderRequestMessagesStep } from "../steps/create-b2b-order-request-messages"

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
    const created = createB2bOrderRequestMessagesStep(
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
