import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { openOrderExposureStep, setOrderExposureStatusStep } from "../steps/exposures"
import { refreshCreditStateStep } from "../steps/credit-state"

/** order.placed: the credit held by the cart now belongs to the order (an "open order"). */
export const attachOrderCreditWorkflow = createWorkflow(
  "credit-attach-order",
  (input: { order_id: string }) => {
    const { data } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "cart.id"],
      filters: { id: input.order_id },
    })
    const ids = transform({ data, input }, ({ data, input }) => ({
      cart_id: (data[0] as any)?.cart?.id ?? "",
      order_id: input.order_id,
    }))
    const opened = openOrderExposureStep(ids)
    return new WorkflowResponse(opened)
  }
)

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
