import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ONE_C_MODULE } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"

/** Queues a placed order for the push to 1C (idempotent: one entry per order). */
export const enqueueOrderPushStep = createStep(
  "one-c-enqueue-order-push",
  async (input: { order_id: string }, { container }) => {
    const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
    const [have] = await onec.listOnecOutboxes({ order_id: input.order_id }, { take: 1 })
    if (have) return new StepResponse(have, null)
    const row = await onec.createOnecOutboxes({
      order_id: input.order_id,
      status: "pending",
      next_attempt_at: new Date(),
    })
    return new StepResponse(row, row.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<OneCModuleService>(ONE_C_MODULE).deleteOnecOutboxes([id])
  }
)
