import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, completeOrderWorkflow } from "@medusajs/medusa/core-flows"
import { ORDERING_MODULE } from "../../../modules/ordering"
import { createRowsStep, softDeleteRowsStep, updateRowsStep } from "../../common/steps/crud"
import {
  checkOrderStatusStep,
  checkStatusChangeStep,
  type SetStatusInput,
  type StatusFields,
  writeOrderStateStep,
} from "../steps/order-statuses"

const createStatuses = createRowsStep<Record<string, unknown>>(
  ORDERING_MODULE,
  "B2bStatusDefinitions"
)
const updateStatuses = updateRowsStep<{ id: string } & Record<string, unknown>>(
  ORDERING_MODULE,
  "B2bStatusDefinitions"
)
const deleteStatuses = softDeleteRowsStep(ORDERING_MODULE, "B2bStatusDefinitions")

/** A new B2B order status (with its 1C id); becoming the default for new orders demotes the old default. */
export const createOrderStatusWorkflow = createWorkflow(
  "ordering-create-order-status",
  (input: StatusFields & { code: string; name: string }) => {
    const check = checkStatusChangeStep(
      transform({ input }, ({ input }) => ({
        op: "create" as const,
        code: input.code,
        fields: input,
      }))
    )
    when("demote-default-on-create", { check }, ({ check }) => check.demote.length > 0).then(() => {
      updateStatuses(transform({ check }, ({ check }) => check.demote))
    })
    const created = createStatuses(
      transform({ input }, ({ input }) => [
        { ...input, final_action: input.is_final ? (input.final_action ?? null) : null },
      ])
    )
    return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
  }
)

/** Edits a status by code (the code itself is the stable key and does not change). */
export const updateOrderStatusWorkflow = createWorkflow(
  "ordering-update-order-status",
  (input: { code: string; fields: StatusFields }) => {
    const check = checkStatusChangeStep(
      transform({ input }, ({ input }) => ({
        op: "update" as const,
        code: input.code,
        fields: input.fields,
      }))
    )
    // one update of this status plus the former default it demotes
    const updated = updateStatuses(
      transform({ input, check }, ({ input, check }) => {
        const { code: _code, ...fields } = input.fields as StatusFields & { code?: string }
        if (fields.is_final === false) fields.final_action = null
        return [{ id: check.id!, ...fields }, ...check.demote]
      })
    )
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)

/** Deletes a status: refused for the default status and for a status any order has. */
export const deleteOrderStatusWorkflow = createWorkflow(
  "ordering-delete-order-status",
  (input: { code: string }) => {
    const check = checkStatusChangeStep(
      transform({ input }, ({ input }) => ({ op: "delete" as const, code: input.code }))
    )
    deleteStatuses(transform({ check }, ({ check }) => [check.id!]))
    return new WorkflowResponse(
      transform({ input }, ({ input }) => ({ code: input.code, deleted: true }))
    )
  }
)

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
