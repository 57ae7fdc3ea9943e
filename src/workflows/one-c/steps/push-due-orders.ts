import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pushDue } from "../utils/push-attempt"

/**
 * Pushes the due entries: success marks them sent; a failure schedules the next attempt with
 * exponential backoff, and after the last attempt the entry is `dead` (dead-letter list).
 */
export const pushDueOrdersStep = createStep(
  "one-c-push-due-orders",
  async (input: { now: string; limit?: number }, { container }) => {
    const report = { sent: 0, retry: 0, dead: 0, busy: false }
    // One pusher at a time across instances (the job and the order subscriber may both fire): the
    // other one simply skips; whatever is due is picked up by the running one or the next minute's run.
    const locking = container.resolve(Modules.LOCKING)
    try {
      await locking.execute("one-c:push-orders", () => pushDue(container, input, report), {
        timeout: 1,
      })
    } catch (e) {
      if (!/timed? ?out|lock/i.test((e as Error).message)) throw e
      report.busy = true
    }
    return new StepResponse(report)
  }
)
