import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CREDIT_MODULE, CreditEvents } from "../../../modules/credit"
import type CreditModuleService from "../../../modules/credit/service"

type Transition = NonNullable<Awaited<ReturnType<CreditModuleService["refreshState"]>>>

/** The events an account's state transition announces. */
export function transitionEvents(
  t: Pick<
    Transition,
    "before" | "after" | "account_id" | "legal_entity_id" | "holding_id" | "position"
  >
): { name: string; data: Record<string, unknown> }[] {
  const data = {
    account_id: t.account_id,
    legal_entity_id: t.legal_entity_id,
    holding_id: t.holding_id,
    position: t.position,
  }
  if (t.before === t.after) return []
  if (t.after === "ok") return [{ name: CreditEvents.ACCOUNT_UNBLOCKED, data }]
  if (t.after === "limit_reached") return [{ name: CreditEvents.ACCOUNT_LIMIT_REACHED, data }]
  return []
}

/**
 * Re-evaluates accounts after a change (payment, limit, cancelled order…), stores the new state and
 * emits credit.account.unblocked / credit.account.limit_reached on transitions. Compensation restores the state.
 */
export const refreshCreditStateStep = createStep(
  "credit-refresh-state",
  async (accountIds: string[], { container }) => {
    const credit = container.resolve<CreditModuleService>(CREDIT_MODULE)
    const transitions: Transition[] = []
    for (const id of [...new Set(accountIds)]) {
      const t = await credit.refreshState(id)
      if (t) transitions.push(t)
    }
    const events = transitions.flatMap(transitionEvents)
    if (events.length) await container.resolve(Modules.EVENT_BUS).emit(events)
    return new StepResponse(
      transitions.map((t) => ({ account_id: t.account_id, state: t.after, position: t.position })),
      transitions
        .filter((t) => t.before !== t.after)
        .map((t) => ({ id: t.account_id, last_state: t.before }))
    )
  },
  async (previous, { container }) => {
    if (previous?.length)
      await container.resolve<CreditModuleService>(CREDIT_MODULE).updateCreditAccounts(previous)
  }
)
