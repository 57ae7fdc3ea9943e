import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ONE_C_MODULE } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"

/** A manager sends a dead entry again (attempts start over). */
export const retryOrderPushStep = createStep(
  "one-c-retry-order-push",
  async (input: { id: string }, { container }) => {
    const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
    const before = await onec.retrieveOnecOutbox(input.id)
    const after = await onec.updateOnecOutboxes({
      id: input.id,
      status: "pending",
      attempts: 0,
      next_attempt_at: new Date(),
    })
    return new StepResponse(after, {
      id: before.id,
      status: before.status,
      attempts: before.attempts,
      next_attempt_at: before.next_attempt_at,
    })
  },
  async (prev, { container }) => {
    if (prev) await container.resolve<OneCModuleService>(ONE_C_MODULE).updateOnecOutboxes(prev)
  }
)
