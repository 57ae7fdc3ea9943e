import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, completeOrderWorkflow } from "@medusajs/medusa/core-flows"
import { checkOrderStatusStep } from "../steps/check-order-status"
import { type SetStatusInput } from "../utils/order-statuses-shared"
import { writeOrderStateStep } from "../steps/write-order-state"

/**
 * Sets an order's B2B status (manager, 1C, or the initial status when placed). A final status
 * completes or cancels the Medusa order through Medusa's own workflows; if that fails, the status
 * write is rolled back.
 */
export const setOrderStatusWorkflow = createWorkflow(
  "ordering-set-order-status",
  (input: SetStatusInput) => {
    const check = checkOrderStatusStep(input)
    when("write-order-state", { check }, ({ check }) => !check.unchanged).then(() => {
      writeOrderStateStep(input)
    })
    when("cancel-medusa-order", { check }, ({ check }) => check.cancel).then(() => {
      cancelOrderWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          order_id: input.order_id,
          canceled_by: input.changed_by ?? undefined,
        })),
      })
    })
    when("complete-medusa-order", { check }, ({ check }) => check.complete).then(() => {
      completeOrderWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({ orderIds: [input.order_id] })),
      })
    })
    return new WorkflowResponse(
      transform({ check, input }, ({ check, input }) => ({
        order_id: input.order_id,
        code: input.code,
        changed: !check.unchanged,
      }))
    )
  }
)
