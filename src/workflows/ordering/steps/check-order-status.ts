import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { effectiveCode, loadStates, loadStatuses } from "../../../modules/ordering"
import { SetStatusInput, invalid, notAllowed } from "../utils/order-statuses-shared"

/**
 * Can the order move to this status? Returns what else must happen: cancel or complete the Medusa
 * order (final statuses), or nothing at all when the order already has the status.
 */
export const checkOrderStatusStep = createStep(
  "ordering-check-order-status",
  async (input: SetStatusInput, { container }) => {
    const list = await loadStatuses(container)
    const target = list.find((s) => s.code === input.code)
    if (!target) throw invalid(`code: unknown order status "${input.code}"`)
    if (!target.is_active) throw invalid(`code: order status "${input.code}" is inactive`)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "status"],
      filters: { id: input.order_id },
    })
    const order = data[0] as { id: string; status: string } | undefined
    if (!order)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order with id ${input.order_id} was not found`
      )
    const state = (await loadStates(container, [order.id])).get(order.id)
    const current = effectiveCode(order, state, list)
    const currentStatus = list.find((s) => s.code === current)
    const unchanged = state?.status_code === target.code
    if (!unchanged && current !== target.code && currentStatus?.is_final)
      throw notAllowed(
        `code: the order is in the final status "${currentStatus.name}" and cannot be changed`
      )
    if (order.status === "canceled" && target.final_action !== "cancel")
      throw notAllowed(`code: the order is canceled and cannot be changed`)
    return new StepResponse({
      unchanged,
      cancel: target.final_action === "cancel" && order.status !== "canceled",
      complete: target.final_action === "complete" && order.status !== "completed",
    })
  }
)
