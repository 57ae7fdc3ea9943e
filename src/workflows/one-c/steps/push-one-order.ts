import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ONE_C_MODULE } from "../../../modules/one-c"
import type OneCModuleService from "../../../modules/one-c/service"
import { type Outcome, attempt } from "../utils/push-attempt"

/** One entry, as the BullMQ worker runs it (only a pending entry is pushed; anything else is skipped). */
export const pushOneOrderStep = createStep(
  "one-c-push-one-order",
  async (input: { outbox_id: string; now: string; grace_ms: number }, { container }) => {
    const onec = container.resolve<OneCModuleService>(ONE_C_MODULE)
    const [row] = await onec.listOnecOutboxes({ id: input.outbox_id }, { take: 1 })
    if (!row || row.status !== "pending")
      return new StepResponse<Outcome>({
        outcome: "skip",
        error: null,
        attempts: row?.attempts ?? 0,
      })
    return new StepResponse(await attempt(container, row, new Date(input.now), input.grace_ms))
  }
)
