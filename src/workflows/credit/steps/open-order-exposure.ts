import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"
import { Prev } from "../utils/exposures"

/** A placed order takes over the credit its cart held: held → open, with the order id. */
export const openOrderExposureStep = createStep(
  "credit-open-order-exposure",
  async (input: { cart_id: string; order_id: string }, { container }) => {
    const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
    const [x] = await credit.listCreditExposures({ cart_id: input.cart_id }, { take: 1 })
    if (!x || x.status !== "held")
      return new StepResponse(x ? { account_id: x.account_id } : null, [] as Prev)
    await credit.updateCreditExposures([{ id: x.id, status: "open", order_id: input.order_id }])
    return new StepResponse({ account_id: x.account_id }, [
      { id: x.id, status: x.status, order_id: x.order_id ?? null },
    ] as Prev)
  },
  async (prev, { container }) => {
    if (prev?.length)
      // cast to any: the DML-inferred create/update input types numbers for bigNumber columns and no jsonb shapes; rows carry decimal strings and JSON
      await container.resolve<CreditModuleService>(CREDIT_MODULE).updateCreditExposures(prev as any)
  }
)
