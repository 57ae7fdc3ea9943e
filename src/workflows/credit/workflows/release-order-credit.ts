import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setOrderExposureStatusStep } from "../steps/set-order-exposure-status"
import { refreshCreditStateStep } from "../steps/refresh-credit-state"

/** order.canceled: the order no longer takes credit; the account may be unblocked. */
export const releaseOrderCreditWorkflow = createWorkflow(
  "credit-release-order",
  (input: { order_id: string }) => {
    const accounts = setOrderExposureStatusStep(
      transform({ input }, ({ input }) => ({
        order_ids: [input.order_id],
        status: "released" as const,
      }))
    )
    refreshCreditStateStep(accounts)
    return new WorkflowResponse(accounts)
  }
)
