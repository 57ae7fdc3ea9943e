import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"
import { Prev } from "../utils/exposures"

/** Exposures of cancelled orders are released; of orders fully in the ledger, settled. */
export const setOrderExposureStatusStep = createStep(
  "credit-set-order-exposure-status",
  async (input: { order_ids: string[]; status: "released" | "settled" }, { container }) => {
    const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
    if (!input.order_ids.length) return new StepResponse([] as string[], [] as Prev)
    const rows = await credit.listCreditExposures(
      { order_id: input.order_ids, status: ["held", "open"] },
      { take: null }
    )
    if (rows.length)
      await credit.updateCreditExposures(rows.map((r) => ({ id: r.id, status: input.status })))
    return new StepResponse(
      [...new Set(rows.map((r) => r.account_id))],
      rows.map((r) => ({ id: r.id, status: r.status, order_id: r.order_id ?? null })) as Prev
    )
  },
  async (prev, { container }) => {
    if (prev?.length)
      // cast to any: the DML-inferred create/update input types numbers for bigNumber columns and no jsonb shapes; rows carry decimal strings and JSON
      await container.resolve<CreditModuleService>(CREDIT_MODULE).updateCreditExposures(prev as any)
  }
)
