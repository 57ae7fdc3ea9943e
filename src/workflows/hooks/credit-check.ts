import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import Decimal from "decimal.js"
import { CREDIT_MODULE, CreditEvents } from "../../modules/credit"
import type CreditModuleService from "../../modules/credit/service"
import { PRICING_CONTRACT_MODULE } from "../../modules/pricing-contract"
import type PricingContractModuleService from "../../modules/pricing-contract/service"
import { medusaTotals, moneyFields } from "../common/utils/money"
import type { B2BCompleteCartInput } from "../ordering/utils/place-order"

const LOCK_TIMEOUT_S = 30

/** Cart total in the account currency, at today's rate (RUB per unit) when the two differ. */
async function inAccountCurrency(
  container: any,
  amount: Decimal,
  from: string,
  to: string
): Promise<string> {
  if (from.toLowerCase() === to.toLowerCase()) return amount.toFixed(2)
  const pricing = container.resolve(PRICING_CONTRACT_MODULE) as PricingContractModuleService
  const { rates } = await pricing.ratesFor(new Date(), 5)
  const rate = (c: string) => (c.toLowerCase() === "rub" ? "1" : rates[c.toLowerCase()])
  const [rf, rt] = [rate(from), rate(to)]
  if (!rf || !rt) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `credit: no exchange rate for ${(!rf ? from : to).toUpperCase()} today to check the credit limit`
    )
  }
  return amount.times(rf).dividedBy(rt).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)
}

/** The counterparty a completion is for: carried in the input, else (Medusa's own route) the cart's link. */
async function counterpartyOf(
  container: MedusaContainer,
  input: B2BCompleteCartInput,
  cartId: string
): Promise<{ id: string; holding_id: string | null } | null> {
  if (input.b2b_counterparty !== undefined)
    return input.b2b_counterparty
      ? {
          id: input.b2b_counterparty.legal_entity_id,
          holding_id: input.b2b_counterparty.holding_id,
        }
      : null
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "b2b_legal_entity.id", "b2b_legal_entity.holding_id"],
    filters: { id: cartId },
  })
  return (
    (data[0]?.b2b_legal_entity as { id: string; holding_id: string | null } | undefined) ?? null
  )
}

/**
 * Credit control at checkout. For a cart of a counterparty with a credit account the check and the
 * reservation of the order amount happen atomically: under the locking module's per-account lock
 * (per holding when the legal entity belongs to one, so shared limits serialise too) and, inside
 * it, in one database transaction holding the account row lock. A refused order fails here, before
 * Medusa creates anything; if completion fails later, the compensation gives the credit back.
 * The counterparty is the one placeB2BOrderWorkflow carries in the completion's input; only a cart
 * completed through Medusa's own POST /store/carts/:id/complete (no such input) is read from its link.
 */
completeCartWorkflow.hooks.validate(
  async ({ input, cart }, { container }) => {
    const c = cart
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const le = await counterpartyOf(container, input as B2BCompleteCartInput, c.id)
    if (!le?.id) return new StepResponse(undefined, null)

    const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
    const account = await credit.accountFor(le.id, le.holding_id)
    if (!account) return new StepResponse(undefined, null)

    // the gross the order will carry, line by line through the portal's one money rule (lib/money),
    // so the exposure equals the invoice and the 1C export to the kopeck
    const { data: lines } = await query.graph({
      entity: "cart",
      fields: ["id", ...moneyFields()],
      filters: { id: c.id },
    })
    const total = new Decimal(medusaTotals(lines[0]).gross)
    const amount = await inAccountCurrency(container, total, c.currency_code, account.currency_code)
    const locking = container.resolve(Modules.LOCKING)
    const result = await locking.execute(
      `credit:${le.holding_id ?? le.id}`,
      () =>
        credit.reserveCredit({
          legal_entity_id: le.id,
          holding_id: le.holding_id,
          cart_id: c.id,
          amount,
          currency_code: account.currency_code,
        }),
      { timeout: LOCK_TIMEOUT_S }
    )
    if (!result.controlled) return new StepResponse(undefined, null)
    const eventBus = container.resolve(Modules.EVENT_BUS)
    const base = {
      account_id: result.account_id,
      legal_entity_id: le.id,
      holding_id: le.holding_id,
      cart_id: c.id,
      amount,
    }
    if (!result.ok) {
      const events: { name: string; data: Record<string, unknown> }[] = [
        {
          name: CreditEvents.ORDER_BLOCKED,
          data: {
            ...base,
            reason: result.decision.code,
            message: result.decision.message,
            position: result.position,
          },
        },
      ]
      if (result.decision.code === "limit")
        events.push({
          name: CreditEvents.ACCOUNT_LIMIT_REACHED,
          data: { ...base, position: result.position },
        })
      await eventBus.emit(events)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, result.decision.message)
    }
    if (result.created && result.position.state === "limit_reached") {
      await eventBus.emit([
        { name: CreditEvents.ACCOUNT_LIMIT_REACHED, data: { ...base, position: result.position } },
      ])
    }
    return new StepResponse(
      undefined,
      result.created ? { exposure_id: result.exposure_id, override_id: result.override_id } : null
    )
  },
  async (held, { container }) => {
    if (!held) return
    const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
    await credit.updateCreditExposures([{ id: held.exposure_id, status: "released" }])
    if (held.override_id)
      await credit.updateCreditOverrides([
        { id: held.override_id, used_at: null, used_cart_id: null },
      ])
  }
)
