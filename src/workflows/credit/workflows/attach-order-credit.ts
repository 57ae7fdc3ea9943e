import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { openOrderExposureStep } from "../steps/open-order-exposure"

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
      cart_id: data[0]?.cart?.id ?? "",
      order_id: input.order_id,
    }))
    const opened = openOrderExposureStep(ids)
    return new WorkflowResponse(opened)
  }
)
