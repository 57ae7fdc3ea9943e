import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import Decimal from "decimal.js"
import { CREDIT_MODULE } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"

type Prev = { id: string; status: string; order_id: string | null }[]

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
      await container.resolve<CreditModuleService>(CREDIT_MODULE).updateCreditExposures(prev as any)
  }
)

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
      await container.resolve<CreditModuleService>(CREDIT_MODULE).updateCreditExposures(prev as any)
  }
)

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
      if (debits.greaterThanOrEqualTo(String((x as any).raw_amount?.value ?? x.amount)))
        done.push(x.order_id!)
    }
    return new StepResponse(done)
  }
)
