import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { company } from "../utils/addresses-shared"

/**
 * Clears the default flag of the legal entity's addresses (except `except_id`), so that another one
 * can become the default: one default per legal entity (a partial unique index holds it too).
 * Compensation sets the flag back.
 */
export const clearDefaultAddressStep = createStep(
  "b2b-clear-default-address",
  async (input: { legal_entity_id: string; except_id?: string | null }, { container }) => {
    const svc = company(container)
    const defaults = (
      await svc.listB2bAddresses(
        { legal_entity_id: input.legal_entity_id, is_default: true },
        { take: null }
      )
    ).filter((a) => a.id !== input.except_id)
    if (defaults.length)
      await svc.updateB2bAddresses(defaults.map((a) => ({ id: a.id, is_default: false })))
    return new StepResponse(
      defaults.map((a) => a.id),
      defaults.map((a) => a.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length)
      await company(container).updateB2bAddresses(ids.map((id) => ({ id, is_default: true })))
  }
)
