import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { company } from "../utils/employees-shared"

/**
 * Makes one membership the customer's default and clears the flag on the others; when `only_if_none`
 * is set it does so only if the customer has no default yet. Compensation restores the old flags.
 */
export const setDefaultMembershipStep = createStep(
  "b2b-set-default-membership",
  async (
    input: { customer_id: string; employee_id: string; only_if_none?: boolean },
    { container }
  ) => {
    const svc = company(container)
    const all = await svc.listB2bEmployees({ customer_id: input.customer_id }, { take: null })
    const previous = all.map((e) => ({ id: e.id, is_default: e.is_default }))
    if (input.only_if_none && all.some((e) => e.is_default && e.id !== input.employee_id)) {
      return new StepResponse(false, [] as typeof previous)
    }
    await svc.updateB2bEmployees(
      all.map((e) => ({ id: e.id, is_default: e.id === input.employee_id }))
    )
    return new StepResponse(true, previous)
  },
  async (previous, { container }) => {
    if (previous?.length) await company(container).updateB2bEmployees(previous)
  }
)
