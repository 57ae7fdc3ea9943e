import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import Decimal from "decimal.js"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"

/** Orders whose debits in the ledger now cover their exposure. */
export const fullyInvoicedOrdersStep = createStep(
  "credit-fully-invoiced-orders",
  async (orderIds: string[], { container }) => {
    const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
    const ids = [...new Set(orderIds.filter(Boolean))]
    if (!ids.length) return new StepResponse([] as string[])
    const exposures = await credit.listCreditExposures(
      { order_id: ids, status: ["open"] },
      { take: null }
    )
    const done: string[] = []
    for (const x of exposures) {
      const { rows } = await credit.ledgerRows({ account_id: x.account_id, order_id: x.order_id! })
      const debits = rows.reduce(
        (acc, r) => (new Decimal(r.amount).greaterThan(0) ? acc.plus(r.amount) : acc),
        new Decimal(0)
      )
      if (debits.greaterThanOrEqualTo(String(x.raw_amount?.value ?? x.amount)))
        done.push(x.order_id!)
    }
    return new StepResponse(done)
  }
)
