import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { RequestStatus } from "../../../modules/after-sales"
import { loadOrderRequestStep } from "../steps/load-order-request"
import { updateB2bOrderRequestsStep } from "../steps/update-b2b-order-requests"
import { AfterSalesEvents } from "../../../modules/after-sales"

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
    const updated = updateB2bOrderRequestsStep(
      transform({ input }, ({ input }) => [{ id: input.id, status: "canceled" }])
    )
    emitEventStep({ eventName: AfterSalesEvents.REQUEST_UPDATED, data: { id: input.id } }).config({
      name: "after-sales-cancel-event",
    })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
