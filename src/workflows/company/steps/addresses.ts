import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMPANY_MODULE } from "../../../modules/company"
import type CompanyModuleService from "../../../modules/company/service"

const company = (c: { resolve: <T>(k: string) => T }) =>
  c.resolve<CompanyModuleService>(COMPANY_MODULE)

/** The address must exist in the legal entity's book; another company's address is not found, exactly like an unknown id. */
export const loadAddressStep = createStep(
  "b2b-load-address",
  async (input: { id: string; legal_entity_id: string }, { container }) => {
    const [row] = await company(container).listB2bAddresses({
      id: input.id,
      legal_entity_id: input.legal_entity_id,
    } as any)
    if (!row)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Address with id ${input.id} was not found`
      )
    return new StepResponse(row)
  }
)

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
        { legal_entity_id: input.legal_entity_id, is_default: true } as any,
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
