import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { company } from "../utils/employees-shared"

/** Refuses to add a person twice to the same legal entity. */
export const ensureNotEmployeeStep = createStep(
  "b2b-ensure-not-employee",
  async (input: { customer_id: string; legal_entity_id: string }, { container }) => {
    const existing = await company(container).listB2bEmployees({
      customer_id: input.customer_id,
      legal_entity_id: input.legal_entity_id,
    })
    if (existing.length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        "This person is already an employee of this company"
      )
    }
    return new StepResponse(true)
  }
)
