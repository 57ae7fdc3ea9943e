import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"

import { checkStatusChangeStep } from "../steps/check-status-change"
import { type StatusFields } from "../utils/order-statuses-shared"
import { updateB2bStatusDefinitionsStep } from "../steps/update-b2b-status-definitions"
import { createB2bStatusDefinitionsStep } from "../steps/create-b2b-status-definitions"

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
      updateB2bStatusDefinitionsStep(transform({ check }, ({ check }) => check.demote))
    })
    const created = createB2bStatusDefinitionsStep(
      transform({ input }, ({ input }) => [
        { ...input, final_action: input.is_final ? (input.final_action ?? null) : null },
      ])
    )
    return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
  }
)
