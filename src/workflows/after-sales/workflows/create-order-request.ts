import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

import { type NewRequestInput } from "../utils/requests-shared"
import { prepareOrderRequestStep } from "../steps/prepare-order-request"
import { managersOrDefault } from "../utils/requests"
import { createB2bOrderRequestsStep } from "../steps/create-b2b-order-requests"
import { AfterSalesEvents } from "../../../modules/after-sales"

/** A buyer files a complaint, feedback, return or document request about an order; managers are told. */
export const createOrderRequestWorkflow = createWorkflow(
  "after-sales-create-request",
  (input: NewRequestInput & { manager_emails: string[] }) => {
    const row = prepareOrderRequestStep(input)
    const created = createB2bOrderRequestsStep(transform({ row }, ({ row }) => [row]))
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
      eventName: AfterSalesEvents.REQUEST_CREATED,
      data: transform({ request }, ({ request }) => ({ id: request.id })),
    })
    return new WorkflowResponse(request)
  }
)
