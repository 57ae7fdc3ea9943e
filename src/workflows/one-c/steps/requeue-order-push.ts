import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ONE_C_MODULE } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"

/**
 * An order changed on the portal after it was pushed to 1C (ONE_C_PUSH_URL): its outbox entry is
 * due again, so the next push sends it with its new status. No entry (push off, or never queued):
 * nothing to do — 1C then learns of the change at its next mode=query exchange. Compensation puts
 * the entry back as it was.
 */
export const requeueOrderPushStep = createStep(
  "one-c-requeue-order-push",
  async (input: { order_id: string }, { container }) => {
    const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
    const [entry] = await onec.listOnecOutboxes({ order_id: input.order_id }, { take: 1 })
    if (!entry) return new StepResponse(null, null)
    const after = await onec.updateOnecOutboxes({
      id: entry.id,
      status: "pending",
      attempts: 0,
      next_attempt_at: new Date(),
    })
    return new StepResponse(after, {
      id: entry.id,
      status: entry.status,
      attempts: entry.attempts,
      next_attempt_at: entry.next_attempt_at,
    })
  },
  async (prev, { container }) => {
    if (prev) await container.resolve<OneCModuleService>(ONE_C_MODULE).updateOnecOutboxes(prev)
  }
)
