import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelChecks } from "../utils/cancel-check"

/**
 * Refuses (400, with the reason) an order the buyer may no longer cancel — the ordering module's
 * cancelRefusal: only a new order, not confirmed, assembled, shipped or paid. Writes nothing;
 * answers the B2B status the order moves to.
 */
export const checkOrderCancellableStep = createStep(
  "ordering-check-order-cancellable",
  async (input: { order_id: string }, { container }) => {
    const check = (await cancelChecks(container, [input.order_id])).get(input.order_id)
    if (!check)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order with id ${input.order_id} was not found`
      )
    if (check.refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, check.refusal)
    return new StepResponse({ from: check.code, to: check.cancel_code })
  }
)
